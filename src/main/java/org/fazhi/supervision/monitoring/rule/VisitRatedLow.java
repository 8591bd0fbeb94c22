package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.inspection.VisitFacts;
import org.fazhi.inspection.VisitFacts.RatedVisit;
import org.fazhi.inspection.VisitRated;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * A visit the enterprise rated badly (rule 11): any of its three scores (文明规范, 专业水平, 对经营影响小; 1 to 5) at
 * most {@code max-score}, rated in the last {@code lookback-days}. Officers see only averages; the bureau looks at
 * each low one. A rating is given once and never changed, so the cause stays until it leaves the look-back.
 */
@Component
class VisitRatedLow implements MonitoringRule {

    static final String CODE = "VISIT_RATED_LOW";
    private static final String TASK = "inspection.task";

    /**
     * @param maxScore     a score at most this is low
     * @param lookbackDays how far back ratings are looked at
     */
    @ConfigurationProperties("fazhi.supervision.rules.visit-rated-low")
    record Settings(@DefaultValue("2") int maxScore, @DefaultValue("365") int lookbackDays) {
    }

    private final VisitFacts visits;
    private final Settings settings;
    private final MonitoredNames names;
    private final CauseWording wording;

    VisitRatedLow(VisitFacts visits, Settings settings, MonitoredNames names, CauseWording wording) {
        this.visits = visits;
        this.settings = settings;
        this.names = names;
        this.wording = wording;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return causes(county, visits.ratedAtMost(county, settings.maxScore(), since(today)));
    }

    /** Decided from the event alone: a rating carries all its scores. */
    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        if (!(event instanceof VisitRated rated)) {
            return Optional.empty();
        }
        RatedVisit visit = new RatedVisit(rated.taskId(), rated.taskCode(), rated.partyId(), rated.leadAgencyId(),
                rated.conduct(), rated.professionalism(), rated.burden(), rated.ratedOn());
        List<RatedVisit> low = isLow(visit, today) ? List.of(visit) : List.of();
        return Optional.of(new Reassessment(List.of(new Subject(TASK, rated.taskId(), rated.taskCode())),
                causes(rated.county(), low)));
    }

    boolean isLow(RatedVisit visit, LocalDate today) {
        return visit.lowestScore() <= settings.maxScore() && !visit.ratedOn().isBefore(since(today));
    }

    private LocalDate since(LocalDate today) {
        return today.minusDays(settings.lookbackDays());
    }

    private List<AlertCause> causes(RegionCode county, List<RatedVisit> low) {
        Map<Long, String> parties = names.parties(low.stream().map(RatedVisit::partyId).distinct().toList());
        Map<Long, String> agencies = names.agencies(low.stream().map(RatedVisit::leadAgencyId).toList());
        return low.stream().map(visit -> new AlertCause(new Subject(TASK, visit.taskId(), visit.taskCode()), county,
                visit.leadAgencyId(), visit.ratedOn(),
                wording.text("supervision.rule.VISIT_RATED_LOW.summary", parties.get(visit.partyId()),
                        visit.ratedOn(), visit.taskCode(), agencies.get(visit.leadAgencyId()), visit.conduct(),
                        visit.professionalism(), visit.burden(), visit.lowestScore(), settings.maxScore())))
                .toList();
    }
}
