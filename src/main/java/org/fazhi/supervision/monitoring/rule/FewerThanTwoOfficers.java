package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fazhi.casework.CaseAct;
import org.fazhi.casework.CaseActs;
import org.fazhi.inspection.InspectionAct;
import org.fazhi.inspection.InspectionActs;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 6. An act recorded with fewer than two officers (行政处罚法第四十二条: 执法人员不得少于两人; 第五十五条 for the
 * investigation): a case's filing or decision with fewer than two distinct handlers, a 笔录 or a compulsory measure
 * naming fewer than two distinct officers, an inspection visit with fewer than two inspectors. The services refuse
 * all of these, so the rule catches records written around them. One alert per case or task.
 */
@Component
class FewerThanTwoOfficers implements MonitoringRule {

    static final String CODE = "FEWER_THAN_TWO_OFFICERS";

    private final CaseActs caseActs;
    private final InspectionActs inspectionActs;
    private final RuleTexts texts;
    private final FewerThanTwoOfficersParameters parameters;

    FewerThanTwoOfficers(CaseActs caseActs, InspectionActs inspectionActs, RuleTexts texts,
                         FewerThanTwoOfficersParameters parameters) {
        this.caseActs = caseActs;
        this.inspectionActs = inspectionActs;
        this.texts = texts;
        this.parameters = parameters;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        LocalDate from = today.minusDays(parameters.lookbackDays());
        return causes(caseActs.withFewerThanTwoOfficers(county, from),
                inspectionActs.withFewerThanTwoInspectors(county, from), county, today);
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * A case changed (or a measure or 笔录 of it), or a task: its acts again. For a batch, each kind of record is
     * read once for all its events, and the acts of all the cases and of all the tasks once.
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<RegionCode, List<CaseEvents.Touched>> byCounty = CaseEvents.byCounty(events);
        List<CaseEvents.Touched> all = CaseEvents.all(byCounty);
        Map<Long, Long> ofMeasure = caseActs.casesOfMeasures(CaseEvents.ids(all, "casework.compulsory_measure"));
        Map<Long, Long> ofRecord = caseActs.casesOfEvidenceRecords(CaseEvents.ids(all, "casework.evidence_record"));
        Map<RegionCode, Set<Long>> cases = new LinkedHashMap<>();
        Map<RegionCode, Set<Long>> tasks = new LinkedHashMap<>();
        byCounty.forEach((county, touched) -> touched.forEach(record -> {
            @Nullable Long caseId = switch (record.type()) {
                case CaseEvents.CASE -> record.id();
                case "casework.compulsory_measure" -> ofMeasure.get(record.id());
                case "casework.evidence_record" -> ofRecord.get(record.id());
                default -> null;
            };
            if (caseId != null) {
                cases.computeIfAbsent(county, c -> new LinkedHashSet<>()).add(caseId);
            } else if (record.type().equals(CaseEvents.TASK)) {
                tasks.computeIfAbsent(county, c -> new LinkedHashSet<>()).add(record.id());
            }
        }));
        if (cases.isEmpty() && tasks.isEmpty()) {
            return Optional.empty();
        }
        List<CaseAct> acts = caseActs.withFewerThanTwoOfficers(union(cases));
        List<InspectionAct> visits = inspectionActs.withFewerThanTwoInspectors(union(tasks));
        Map<String, String> references = CaseEvents.references(all);
        List<Reassessment> answers = new ArrayList<>();
        byCounty.keySet().forEach(county -> {
            Set<Long> ofCases = cases.getOrDefault(county, Set.of());
            Set<Long> ofTasks = tasks.getOrDefault(county, Set.of());
            List<Subject> examined = new ArrayList<>();
            ofCases.forEach(id -> examined.add(CaseEvents.subject(CaseEvents.CASE, id, references)));
            ofTasks.forEach(id -> examined.add(CaseEvents.subject(CaseEvents.TASK, id, references)));
            answers.add(new Reassessment(examined, causes(
                    acts.stream().filter(act -> ofCases.contains(act.caseId())).toList(),
                    visits.stream().filter(visit -> ofTasks.contains(visit.taskId())).toList(), county, today)));
        });
        return Optional.of(Reassessment.merge(answers));
    }

    private static Set<Long> union(Map<RegionCode, Set<Long>> byCounty) {
        return byCounty.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
    }

    private List<AlertCause> causes(List<CaseAct> byCase, List<InspectionAct> byTask, RegionCode county,
                                    LocalDate today) {
        LocalDate from = today.minusDays(parameters.lookbackDays());
        List<AlertCause> causes = new ArrayList<>();
        Map<Long, List<CaseAct>> cases = byCase.stream().filter(act -> !act.on().isBefore(from))
                .collect(Collectors.groupingBy(CaseAct::caseId, LinkedHashMap::new, Collectors.toList()));
        cases.values().forEach(acts -> {
            CaseAct first = acts.stream().min(Comparator.comparing(CaseAct::on)).orElseThrow();
            String lines = acts.stream().map(act -> line("supervision.rule.act-kind." + act.kind().name(), act.on(),
                    act.officerIds().size())).collect(Collectors.joining("；"));
            causes.add(new AlertCause(new Subject(CaseEvents.CASE, first.caseId(), first.caseCode()), county,
                    first.agencyId(), first.on(), texts.text("supervision.rule." + CODE + ".summary.CASE",
                    first.caseCode(), lines)));
        });
        byTask.stream().filter(act -> !act.on().isBefore(from)).forEach(act -> causes.add(new AlertCause(
                new Subject(CaseEvents.TASK, act.taskId(), act.taskCode()), county, act.leadAgencyId(), act.on(),
                texts.text("supervision.rule." + CODE + ".summary.TASK", act.taskCode(),
                        line("supervision.rule.act-kind.VISIT", act.on(), act.officerIds().size())))));
        return causes;
    }

    /** 「2026-03-01 立案仅记录 1 名执法人员」. */
    private String line(String actKey, LocalDate on, int officers) {
        return texts.text("supervision.rule." + CODE + ".act-line", on.toString(), texts.text(actKey),
                String.valueOf(officers));
    }
}
