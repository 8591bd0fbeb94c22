package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fazhi.casework.CaseAct;
import org.fazhi.casework.CaseActs;
import org.fazhi.inspection.InspectionAct;
import org.fazhi.inspection.InspectionActs;
import org.fazhi.registry.CertificateValidity;
import org.fazhi.registry.UncertifiedPeriod;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 5. An act by an officer whose enforcement certificate was not valid that day (行政处罚法第四十二条; 国办发〔2024〕54号:
 * no inspections by uncertified staff): a case's filing or decision by its handlers, a 笔录, a compulsory measure,
 * an inspection visit. One alert per case or task, listing each act and officer. The registry says when each
 * officer was uncertified (never held one, not yet issued, expired, suspended, revoked); casework and inspection
 * say which of their acts fall in those days.
 */
@Component
class OfficerCertificateInvalid implements MonitoringRule {

    static final String CODE = "OFFICER_CERTIFICATE_INVALID";

    private final CertificateValidity validity;
    private final CaseActs caseActs;
    private final InspectionActs inspectionActs;
    private final RuleTexts texts;
    private final OfficerCertificateInvalidParameters parameters;

    OfficerCertificateInvalid(CertificateValidity validity, CaseActs caseActs, InspectionActs inspectionActs,
                              RuleTexts texts, OfficerCertificateInvalidParameters parameters) {
        this.validity = validity;
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
        List<UncertifiedPeriod> periods = validity.ofCounty(county);
        List<UncertifiedPeriod> watched = watched(periods, today);
        return causes(caseActs.byUncertified(county, watched), inspectionActs.byUncertified(county, watched),
                periods, county, today);
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * A case or task changed (or a measure or 笔录 of a case): its acts again. A certificate changed (issued,
     * suspended, revoked): every case and task its officer acted in, since the change may put old acts inside or
     * outside a valid period. For a batch, each kind of record is read once for all its events, and the acts of all
     * the cases and tasks once, against the certificates of the officers who acted in them (not the whole county's).
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<RegionCode, List<CaseEvents.Touched>> byCounty = CaseEvents.byCounty(events);
        List<CaseEvents.Touched> all = CaseEvents.all(byCounty);
        Map<Long, Long> ofMeasure = caseActs.casesOfMeasures(CaseEvents.ids(all, "casework.compulsory_measure"));
        Map<Long, Long> ofRecord = caseActs.casesOfEvidenceRecords(CaseEvents.ids(all, "casework.evidence_record"));
        Map<Long, Long> ofCertificate = validity.officersOfCertificates(CaseEvents.ids(all, CaseEvents.CERTIFICATE));
        Map<RegionCode, Records> records = new LinkedHashMap<>();
        byCounty.forEach((county, touched) -> {
            Records of = new Records(new LinkedHashSet<>(), new LinkedHashSet<>());
            for (CaseEvents.Touched record : touched) {
                switch (record.type()) {
                    case CaseEvents.CASE -> of.cases().add(record.id());
                    case "casework.compulsory_measure" -> addIfFound(ofMeasure.get(record.id()), of.cases());
                    case "casework.evidence_record" -> addIfFound(ofRecord.get(record.id()), of.cases());
                    case CaseEvents.TASK -> of.tasks().add(record.id());
                    default -> { }
                }
            }
            Set<Long> recertified = CaseEvents.ids(touched, CaseEvents.CERTIFICATE).stream().map(ofCertificate::get)
                    .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
            of.cases().addAll(caseActs.casesActedBy(county, recertified));
            of.tasks().addAll(inspectionActs.visitsBy(county, recertified));
            if (!of.cases().isEmpty() || !of.tasks().isEmpty()) {
                records.put(county, of);
            }
        });
        if (records.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(reassessment(records, CaseEvents.references(all), today));
    }

    /** The cases and tasks of one county a batch looks at again. */
    private record Records(Set<Long> cases, Set<Long> tasks) {
    }

    private static void addIfFound(@Nullable Long id, Set<Long> ids) {
        if (id != null) {
            ids.add(id);
        }
    }

    private Reassessment reassessment(Map<RegionCode, Records> records, Map<String, String> references,
                                      LocalDate today) {
        Set<Long> cases = records.values().stream().flatMap(of -> of.cases().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> tasks = records.values().stream().flatMap(of -> of.tasks().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> officers = new TreeSet<>(caseActs.officersOf(cases));
        officers.addAll(inspectionActs.inspectorsOf(tasks));
        List<UncertifiedPeriod> periods = validity.ofOfficers(officers);
        List<UncertifiedPeriod> watched = watched(periods, today);
        List<CaseAct> caseActsFound = caseActs.byUncertified(cases, watched);
        List<InspectionAct> visitsFound = inspectionActs.byUncertified(tasks, watched);
        List<Reassessment> answers = new ArrayList<>();
        records.forEach((county, of) -> {
            List<AlertCause> holding = causes(
                    caseActsFound.stream().filter(act -> of.cases().contains(act.caseId())).toList(),
                    visitsFound.stream().filter(act -> of.tasks().contains(act.taskId())).toList(),
                    periods, county, today);
            List<Subject> examined = new ArrayList<>();
            of.cases().forEach(id -> examined.add(CaseEvents.subject(CaseEvents.CASE, id, references)));
            of.tasks().forEach(id -> examined.add(CaseEvents.subject(CaseEvents.TASK, id, references)));
            answers.add(new Reassessment(examined, holding));
        });
        return Reassessment.merge(answers);
    }

    /**
     * Only the periods that reach into the watched days, and only their watched part: most officers' periods lie
     * before their first certificate or after its expiry, and an officer who never held one has a period without
     * end, so the queries read the last year's acts instead of every act since the county's first.
     */
    private List<UncertifiedPeriod> watched(List<UncertifiedPeriod> periods, LocalDate today) {
        LocalDate from = today.minusDays(parameters.lookbackDays());
        return periods.stream().filter(period -> !period.from().isAfter(today))
                .flatMap(period -> period.since(from).stream()).toList();
    }

    private List<AlertCause> causes(List<CaseAct> byCase, List<InspectionAct> byTask, List<UncertifiedPeriod> periods,
                                    RegionCode county, LocalDate today) {
        LocalDate from = today.minusDays(parameters.lookbackDays());
        Map<Long, List<UncertifiedPeriod>> ofOfficer = periods.stream()
                .collect(Collectors.groupingBy(UncertifiedPeriod::officerId));
        List<AlertCause> causes = new ArrayList<>();
        Map<Long, List<CaseAct>> cases = byCase.stream().filter(act -> !act.on().isBefore(from))
                .collect(Collectors.groupingBy(CaseAct::caseId, LinkedHashMap::new, Collectors.toList()));
        cases.values().forEach(acts -> {
            CaseAct first = acts.stream().min(Comparator.comparing(CaseAct::on)).orElseThrow();
            String lines = acts.stream().map(act -> line("supervision.rule.act-kind." + act.kind().name(), act.on(),
                    act.officerIds(), ofOfficer)).collect(Collectors.joining("；"));
            causes.add(new AlertCause(new Subject(CaseEvents.CASE, first.caseId(), first.caseCode()), county,
                    first.agencyId(), first.on(), texts.text("supervision.rule." + CODE + ".summary.CASE",
                    first.caseCode(), lines)));
        });
        byTask.stream().filter(act -> !act.on().isBefore(from)).forEach(act -> causes.add(new AlertCause(
                new Subject(CaseEvents.TASK, act.taskId(), act.taskCode()), county, act.leadAgencyId(), act.on(),
                texts.text("supervision.rule." + CODE + ".summary.TASK", act.taskCode(),
                        line("supervision.rule.act-kind.VISIT", act.on(), act.officerIds(), ofOfficer)))));
        return causes;
    }

    /** 「2026-03-01 立案：张三（执法证 HN-001 已过期）、李四（未持有执法证）」. */
    private String line(String actKey, LocalDate on, List<Long> officerIds,
                        Map<Long, List<UncertifiedPeriod>> ofOfficer) {
        String officers = RuleTexts.enumerate(officerIds.stream().flatMap(officer -> ofOfficer
                .getOrDefault(officer, List.of()).stream().filter(period -> period.covers(on)).limit(1))
                .map(period -> texts.text("supervision.rule.officer-with-lapse", period.officerName(),
                        texts.text("supervision.rule.certificate-lapse." + period.lapse().name(),
                                period.certificateNumber() == null ? "" : period.certificateNumber())))
                .toList());
        return texts.text("supervision.rule.act-with-officers", on.toString(), texts.text(actKey), officers);
    }
}
