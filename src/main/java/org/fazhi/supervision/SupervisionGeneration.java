package org.fazhi.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.accountability.CountyAccountability;
import org.fazhi.supervision.alert.CountyAlerts;
import org.fazhi.supervision.review.CountyReviews;
import org.fazhi.supervision.round.CountyRounds;
import org.fazhi.supervision.transfer.CountyTransfers;
import org.springframework.stereotype.Service;

/**
 * A generated county's supervision history for province-scale datasets, after its cases and publications, in the
 * order each part needs the one before: quarterly rounds with findings and 监督意见书; one case-file review campaign a
 * year over the five years before this one; the 三法衔接 transfers of the cases decided as 移送 and a few clues to the
 * supervision commission; findings of fault from the round findings, reviews and accepted clues; last the
 * monitoring engine's passes over the county's history and today, so that its live alerts are exactly what the rules
 * find now, with the supervisors' handling of the older ones. Each part is skipped where the county has it already,
 * so running the generator again over an existing province adds only what is missing. Deterministic for a seed and
 * the day.
 */
@Service
public class SupervisionGeneration {

    /** What was generated for one county, part by part (zeros for a part the county had already). */
    public record County(Rounds rounds, Reviews reviews, Transfers transfers, Accountability accountability,
                         Alerts alerts, long millis) {

        public boolean isEmpty() {
            return rounds.rounds() + reviews.campaigns() + transfers.toPublicSecurity() + transfers.toCommission()
                    + accountability.findings() + alerts.passes() == 0;
        }
    }

    public record Rounds(long rounds, long findings, long opinions, long escalations, long clues, long millis) {
    }

    public record Reviews(long campaigns, long files, long scores, long problems, long millis) {
    }

    public record Transfers(long toPublicSecurity, long toCommission, long pending, long lateSteps, long millis) {
    }

    public record Accountability(long findings, long pursued, long notPursued, long circulated, long referred,
                                 long persons, long millis) {
    }

    public record Alerts(int passes, long open, long acknowledged, long resolved, long dismissed, long cleared,
                         long millis) {
    }

    private static final int REVIEW_YEARS = 5;

    private final CountyRounds rounds;
    private final CountyReviews reviews;
    private final CountyTransfers transfers;
    private final CountyAccountability accountability;
    private final CountyAlerts alerts;
    private final Clock clock;

    SupervisionGeneration(CountyRounds rounds, CountyReviews reviews, CountyTransfers transfers,
                          CountyAccountability accountability, CountyAlerts alerts, Clock clock) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.transfers = transfers;
        this.accountability = accountability;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** {@code years} calendar years of rounds and alerts, ending with the current one (the cases' years). */
    public County generateCounty(RegionCode county, int years, long seed) {
        long started = System.nanoTime();
        Rounds r = rounds(county, years, seed);
        Reviews v = reviews(county, seed);
        long step = System.nanoTime();
        CountyTransfers.Written t = transfers.generate(county, seed);
        Transfers transferred = new Transfers(t.toPublicSecurity(), t.toCommission(), t.pending(), t.lateSteps(),
                since(step));
        step = System.nanoTime();
        CountyAccountability.Written a = accountability.generate(county, seed);
        Accountability found = new Accountability(a.findings(), a.pursued(), a.notPursued(), a.circulated(),
                a.referred(), a.persons(), since(step));
        step = System.nanoTime();
        CountyAlerts.Written w = alerts.generate(county, years, seed);
        Alerts alerted = new Alerts(w.passes(), w.open(), w.acknowledged(), w.resolved(), w.dismissed(),
                w.cleared(), since(step));
        return new County(r, v, transferred, found, alerted, since(started));
    }

    private Rounds rounds(RegionCode county, int years, long seed) {
        if (rounds.hasAny(county)) {
            return new Rounds(0, 0, 0, 0, 0, 0);
        }
        long started = System.nanoTime();
        CountyRounds.Written w = rounds.generate(county, years, seed);
        return new Rounds(w.rounds(), w.findings(), w.opinions(), w.escalations(), w.clues(), since(started));
    }

    private Reviews reviews(RegionCode county, long seed) {
        if (reviews.hasAny(county)) {
            return new Reviews(0, 0, 0, 0, 0);
        }
        int thisYear = LocalDate.now(clock).getYear();
        CountyReviews.Written w = reviews.generate(county, thisYear - REVIEW_YEARS, thisYear - 1, seed);
        return new Reviews(w.campaigns(), w.files(), w.scores(), w.problems(), w.millis());
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
