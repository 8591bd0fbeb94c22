package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

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
        return causes(task -> county, visits.ratedAtMost(county, settings.maxScore(), since(today)));
    }

    /** Decided from the event alone: a rating carries all its scores. */
    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * Decided from the events alone; for a batch, the names of the parties and agencies of its low ratings are read
     * once. A task rated twice in a batch is examined by its first rating and held by its first low one.
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<Long, Subject> examined = new LinkedHashMap<>();
        Map<Long, RatedVisit> low = new LinkedHashMap<>();
        Map<Long, RegionCode> countyOf = new HashMap<>();
        events.stream().filter(VisitRated.class::isInstance).map(VisitRated.class::cast).forEach(rated -> {
            examined.putIfAbsent(rated.taskId(), new Subject(TASK, rated.taskId(), rated.taskCode()));
            RatedVisit visit = new RatedVisit(rated.taskId(), rated.taskCode(), rated.partyId(), rated.leadAgencyId(),
                    rated.conduct(), rated.professionalism(), rated.burden(), rated.ratedOn());
            if (isLow(visit, today) && !low.containsKey(rated.taskId())) {
                low.put(rated.taskId(), visit);
                countyOf.put(rated.taskId(), rated.county());
            }
        });
        if (examined.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reassessment(List.copyOf(examined.values()),
                causes(countyOf::get, List.copyOf(low.values()))));
    }

    boolean isLow(RatedVisit visit, LocalDate today) {
        return visit.lowestScore() <= settings.maxScore() && !visit.ratedOn().isBefore(since(today));
    }

    private LocalDate since(LocalDate today) {
        return today.minusDays(settings.lookbackDays());
    }

    private List<AlertCause> causes(LongFunction<RegionCode> countyOf, List<RatedVisit> low) {
        Map<Long, String> parties = names.parties(low.stream().map(RatedVisit::partyId).distinct().toList());
        Map<Long, String> agencies = names.agencies(low.stream().map(RatedVisit::leadAgencyId).toList());
        return low.stream().map(visit -> new AlertCause(new Subject(TASK, visit.taskId(), visit.taskCode()),
                countyOf.apply(visit.taskId()),
                visit.leadAgencyId(), visit.ratedOn(),
                wording.text("supervision.rule.VISIT_RATED_LOW.summary", parties.get(visit.partyId()),
                        visit.ratedOn(), visit.taskCode(), agencies.get(visit.leadAgencyId()), visit.conduct(),
                        visit.professionalism(), visit.burden(), visit.lowestScore(), settings.maxScore())))
                .toList();
    }
}
