package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.fazhi.registry.CertificateValidity;
import org.fazhi.registry.UncertifiedPeriod;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
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

    /**
     * A case or task changed: its acts again. A certificate changed (issued, suspended, revoked): every case and
     * task its officer acted in, since the change may put old acts inside or outside a valid period.
     */
    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        Optional<CaseEvents.Touched> touched = CaseEvents.touched(event);
        if (touched.isEmpty()) {
            return Optional.empty();
        }
        RegionCode county = touched.get().county();
        List<Long> cases = new ArrayList<>();
        List<Long> tasks = new ArrayList<>();
        long id = touched.get().id();
        switch (touched.get().type()) {
            case CaseEvents.CASE -> cases.add(id);
            case "casework.compulsory_measure" -> caseActs.caseOfMeasure(id).ifPresent(cases::add);
            case "casework.evidence_record" -> caseActs.caseOfEvidenceRecord(id).ifPresent(cases::add);
            case CaseEvents.TASK -> tasks.add(id);
            case "registry.certificate" -> validity.officerOfCertificate(id).ifPresent(officer -> {
                cases.addAll(caseActs.casesActedBy(county, officer));
                tasks.addAll(inspectionActs.visitsBy(county, officer));
            });
            default -> {
                return Optional.empty();
            }
        }
        // Only the certificates of the officers who acted in these records matter: not the whole county's.
        Set<Long> officers = new TreeSet<>(caseActs.officersOf(cases));
        officers.addAll(inspectionActs.inspectorsOf(tasks));
        List<UncertifiedPeriod> periods = validity.ofOfficers(officers);
        List<UncertifiedPeriod> watched = watched(periods, today);
        List<AlertCause> holding = causes(caseActs.byUncertified(cases, watched),
                inspectionActs.byUncertified(tasks, watched), periods, county, today);
        List<Subject> examined = new ArrayList<>();
        cases.forEach(caseId -> examined.add(new Subject(CaseEvents.CASE, caseId, reference(touched.get(), caseId))));
        tasks.forEach(taskId -> examined.add(new Subject(CaseEvents.TASK, taskId, reference(touched.get(), taskId))));
        return Optional.of(new Reassessment(examined, holding));
    }

    /**
     * Only the periods that reach into the watched days: most officers' periods lie before their first certificate
     * or after its expiry, so the query gets the few that can matter.
     */
    private List<UncertifiedPeriod> watched(List<UncertifiedPeriod> periods, LocalDate today) {
        LocalDate from = today.minusDays(parameters.lookbackDays());
        return periods.stream().filter(period -> !period.to().isBefore(from) && !period.from().isAfter(today))
                .toList();
    }

    private static String reference(CaseEvents.Touched touched, long id) {
        return touched.id() == id && !touched.reference().isEmpty() ? touched.reference() : String.valueOf(id);
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
