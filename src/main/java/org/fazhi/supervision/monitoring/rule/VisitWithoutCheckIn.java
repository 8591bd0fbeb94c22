package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.VisitFacts;
import org.fazhi.inspection.VisitFacts.UncheckedVisit;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * 扫码入企 without a scan (rule 10): an inspection concluded with a result although nobody ever checked it in (the
 * enterprise scanning the visit code, or the inspector the business licence). Entering an enterprise without the
 * code is what 扫码入企 exists to prevent; the result may have been written without a visit. Inspections concluded
 * in the last {@code lookback-days} are watched.
 */
@Component
class VisitWithoutCheckIn implements MonitoringRule {

    static final String CODE = "VISIT_WITHOUT_CHECKIN";
    private static final String TASK = "inspection.task";

    /** @param lookbackDays how far back concluded inspections are looked at */
    @ConfigurationProperties("fazhi.supervision.rules.visit-without-checkin")
    record Settings(@DefaultValue("365") int lookbackDays) {
    }

    private final VisitFacts visits;
    private final Settings settings;
    private final MonitoredNames names;
    private final CauseWording wording;

    VisitWithoutCheckIn(VisitFacts visits, Settings settings, MonitoredNames names, CauseWording wording) {
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
        return causes(task -> county, visits.concludedWithoutCheckIn(county, today.minusDays(settings.lookbackDays())));
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /** A visit concluded: whether it was checked in. For a batch, all the visits are read at once, and their names. */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<RegionCode, Map<Long, String>> concluded = new LinkedHashMap<>();
        events.stream().filter(InspectionConcluded.class::isInstance).map(InspectionConcluded.class::cast)
                .forEach(visit -> concluded.computeIfAbsent(visit.county(), county -> new LinkedHashMap<>())
                        .putIfAbsent(visit.taskId(), visit.taskCode()));
        if (concluded.isEmpty()) {
            return Optional.empty();
        }
        List<UncheckedVisit> unchecked = visits.concludedWithoutCheckIn(concluded.values().stream()
                        .flatMap(tasks -> tasks.keySet().stream()).collect(Collectors.toCollection(TreeSet::new)))
                .stream().filter(visit -> !visit.concludedOn().isBefore(today.minusDays(settings.lookbackDays())))
                .toList();
        Map<Long, RegionCode> countyOf = new LinkedHashMap<>();
        concluded.forEach((county, tasks) -> tasks.keySet().forEach(task -> countyOf.putIfAbsent(task, county)));
        return Optional.of(Reassessment.merge(List.of(new Reassessment(concluded.values().stream()
                .flatMap(tasks -> tasks.entrySet().stream()).map(task -> new Subject(TASK, task.getKey(),
                        task.getValue())).toList(), causes(countyOf::get, unchecked)))));
    }

    private List<AlertCause> causes(LongFunction<RegionCode> countyOf, List<UncheckedVisit> unchecked) {
        Map<Long, String> parties = names.parties(unchecked.stream().map(UncheckedVisit::partyId).distinct().toList());
        Map<Long, String> agencies = names.agencies(unchecked.stream().map(UncheckedVisit::leadAgencyId).toList());
        return unchecked.stream().map(visit -> new AlertCause(new Subject(TASK, visit.taskId(), visit.taskCode()),
                countyOf.apply(visit.taskId()), visit.leadAgencyId(), visit.concludedOn(),
                wording.text("supervision.rule.VISIT_WITHOUT_CHECKIN.summary", visit.taskCode(),
                        agencies.get(visit.leadAgencyId()), parties.get(visit.partyId()), visit.windowFrom(),
                        visit.windowTo(), visit.concludedOn(),
                        wording.text("supervision.rule.result." + visit.result().name()))))
                .toList();
    }
}
