package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 败诉率 as the county reports it (seed F1, RL7): year to date at the end of each month — January, January to
 * February, … — so that 「由7月份的28.9%下降至15.1%」 reads off the July and December points. Lawsuits are counted by
 * their conclusion date under the county's definition ({@link LitigationProperties.LossRate}).
 */
@Component
class LossRateSeries {

    /** Year to date at the end of {@code month}: lost, counted, and the rate (no rate while none is counted). */
    record Point(YearMonth month, long lost, long concluded, Figure rate) {
    }

    private final LawsuitRepository repository;
    private final Lawsuits lawsuits;
    private final LitigationProperties settings;

    LossRateSeries(LawsuitRepository repository, Lawsuits lawsuits, LitigationProperties settings) {
        this.repository = repository;
        this.lawsuits = lawsuits;
        this.settings = settings;
    }

    /** The caller's county (an agency's own lawsuits for an agency's legal office) in {@code year}. */
    List<Point> of(SignedInUser user, int year, @Nullable Long agencyId) {
        lawsuits.requireReader(user);
        Long agency = user.scope().agencyId() != null ? user.scope().agencyId() : agencyId;
        RegionCode county = user.region().county();
        List<LawsuitRepository.Concluded> all = repository.concluded(county, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).stream().filter(c -> agency == null || c.agencyId() == agency).toList();
        return cumulative(all, year, settings.lossRate());
    }

    /** The twelve points of {@code year} over these concluded lawsuits. */
    static List<Point> cumulative(List<LawsuitRepository.Concluded> concluded, int year,
                                  LitigationProperties.LossRate definition) {
        List<Point> points = new ArrayList<>();
        long lost = 0;
        long counted = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            for (LawsuitRepository.Concluded c : concluded) {
                if (YearMonth.from(c.decidedOn()).equals(month)
                        && definition.counts(c.instance(), c.appealed(), c.outcome())) {
                    counted++;
                    lost += definition.isLost(c.outcome()) ? 1 : 0;
                }
            }
            points.add(new Point(month, lost, counted, Figure.rate(lost, counted)));
        }
        return points;
    }
}
