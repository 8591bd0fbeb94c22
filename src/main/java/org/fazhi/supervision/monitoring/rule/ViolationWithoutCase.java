package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.fazhi.casework.CaseFiled;
import org.fazhi.casework.FilingFacts;
import org.fazhi.casework.FilingFacts.CaseFromInspection;
import org.fazhi.inspection.FoundViolations;
import org.fazhi.inspection.FoundViolations.FoundViolation;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * 有案不立 (rule 14): an inspection concluded "case to be filed" (发现违法行为，应当立案) and no case filed from it
 * within {@code working-days} working days of its conclusion (the filing period of 市场监督管理行政处罚程序规定第十八条:
 * 15 working days from discovering the clue), counted on the working-day calendar. The cause holds while no case is
 * filed: a clue still waiting, a clue declined (不予立案, which the supervisors weigh: its reason is quoted), or no
 * clue at all; it ends when the case is filed. Inspections concluded in the last {@code lookback-days} (the two-year
 * time bar of 行政处罚法第三十六条 by default) are watched.
 */
@Component
class ViolationWithoutCase implements MonitoringRule {

    static final String CODE = "VIOLATION_WITHOUT_CASE";
    private static final String TASK = "inspection.task";
    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    /**
     * @param workingDays  working days after the inspection's conclusion within which a case is filed
     * @param lookbackDays how far back concluded inspections are looked at
     */
    @ConfigurationProperties("fazhi.supervision.rules.violation-without-case")
    record Settings(@DefaultValue("15") int workingDays, @DefaultValue("730") int lookbackDays) {
    }

    private final FoundViolations violations;
    private final FilingFacts filings;
    private final Settings settings;
    private final MonitoredNames names;
    private final CauseWording wording;

    ViolationWithoutCase(FoundViolations violations, FilingFacts filings, Settings settings, MonitoredNames names,
                         CauseWording wording) {
        this.violations = violations;
        this.filings = filings;
        this.settings = settings;
        this.names = names;
        this.wording = wording;
    }

    @Override
    public String code() {
        return CODE;
    }

    /**
     * Only inspections concluded more than {@code working-days} calendar days ago can be overdue (n working days
     * are at least n calendar days), so the younger ones are not read.
     */
    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        List<FoundViolation> found = violations.concludedBetween(county, today.minusDays(settings.lookbackDays()),
                today.minusDays(settings.workingDays() + 1L));
        return causes(task -> county, today, found);
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * An inspection concluded, or a case filed from one: that inspection again. For a batch, the filed cases'
     * inspections are read at once, and the inspections too, whatever their counties; their cases and names once.
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<RegionCode, Map<Long, String>> tasks = new LinkedHashMap<>();
        Map<Long, RegionCode> filed = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof InspectionConcluded concluded) {
                tasks.computeIfAbsent(concluded.county(), county -> new LinkedHashMap<>())
                        .putIfAbsent(concluded.taskId(), concluded.taskCode());
            } else if (event instanceof CaseFiled caseFiled) {
                filed.putIfAbsent(caseFiled.caseId(), caseFiled.county());
            }
        }
        filings.sourceInspectionsOf(filed.keySet()).forEach((caseId, task) -> tasks
                .computeIfAbsent(filed.get(caseId), county -> new LinkedHashMap<>()).putIfAbsent(task, "#" + task));
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        List<FoundViolation> found = violations.find(tasks.values().stream().flatMap(of -> of.keySet().stream())
                        .collect(Collectors.toCollection(TreeSet::new))).stream()
                .filter(violation -> !violation.concludedOn().isBefore(today.minusDays(settings.lookbackDays())))
                .toList();
        Map<Long, RegionCode> countyOf = new LinkedHashMap<>();
        tasks.forEach((county, ofCounty) -> ofCounty.keySet().forEach(task -> countyOf.putIfAbsent(task, county)));
        List<Subject> examined = new ArrayList<>();
        tasks.values().forEach(ofCounty -> ofCounty.forEach((task, code) -> examined.add(new Subject(TASK, task,
                found.stream().filter(violation -> violation.taskId() == task).map(FoundViolation::taskCode)
                        .findFirst().orElse(code)))));
        return Optional.of(Reassessment.merge(List.of(new Reassessment(examined, causes(countyOf::get, today,
                found.stream().filter(violation -> countyOf.containsKey(violation.taskId())).toList())))));
    }

    /** The day by which a case must be filed from an inspection concluded on {@code concludedOn}. */
    LocalDate filingDue(LocalDate concludedOn) {
        return CALENDAR.addWorkingDays(concludedOn, settings.workingDays());
    }

    /** Whether an inspection whose filing was due on {@code due} is overdue today, given the case it led to. */
    static boolean overdue(LocalDate due, @Nullable CaseFromInspection caseFrom, LocalDate today) {
        return (caseFrom == null || !caseFrom.filed()) && today.isAfter(due);
    }

    /**
     * The overdue ones of these inspections, named. Many share a day of conclusion, so each day's filing due and
     * each due day's working days to today are counted once (the calendar counts day by day).
     */
    private List<AlertCause> causes(LongFunction<RegionCode> countyOf, LocalDate today, List<FoundViolation> found) {
        Map<Long, CaseFromInspection> cases = filings.fromInspections(found.stream().map(FoundViolation::taskId)
                .toList()).stream().collect(Collectors.toMap(CaseFromInspection::taskId, Function.identity()));
        Map<LocalDate, LocalDate> dues = new HashMap<>();
        Function<FoundViolation, LocalDate> dueOf = violation -> dues.computeIfAbsent(violation.concludedOn(),
                this::filingDue);
        List<FoundViolation> overdue = found.stream()
                .filter(violation -> overdue(dueOf.apply(violation), cases.get(violation.taskId()), today)).toList();
        Map<Long, String> parties = names.parties(overdue.stream().map(FoundViolation::partyId).distinct().toList());
        Map<Long, String> agencies = names.agencies(overdue.stream().map(FoundViolation::leadAgencyId).toList());
        Map<LocalDate, Integer> late = new HashMap<>();
        List<AlertCause> causes = new ArrayList<>();
        for (FoundViolation violation : overdue) {
            LocalDate due = dueOf.apply(violation);
            CaseFromInspection caseFrom = cases.get(violation.taskId());
            String state = caseFrom == null ? wording.text("supervision.rule.VIOLATION_WITHOUT_CASE.summary.no-clue")
                    : caseFrom.declined()
                    ? wording.text("supervision.rule.VIOLATION_WITHOUT_CASE.summary.declined", caseFrom.caseCode(),
                            caseFrom.declineReason())
                    : wording.text("supervision.rule.VIOLATION_WITHOUT_CASE.summary.clue", caseFrom.caseCode());
            causes.add(new AlertCause(new Subject(TASK, violation.taskId(), violation.taskCode()),
                    countyOf.apply(violation.taskId()),
                    violation.leadAgencyId(), due.plusDays(1),
                    wording.text("supervision.rule.VIOLATION_WITHOUT_CASE.summary", violation.taskCode(),
                            agencies.get(violation.leadAgencyId()), parties.get(violation.partyId()),
                            violation.concludedOn(), settings.workingDays(), due,
                            late.computeIfAbsent(due, day -> CALENDAR.workingDaysBetween(day, today)), state)));
        }
        return causes;
    }
}
