package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fazhi.casework.OpenCaseLoad;
import org.fazhi.inspection.OpenTaskLoad;
import org.fazhi.registry.CertificateValidity;
import org.fazhi.registry.UncertifiedPeriod;
import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.stereotype.Component;

/**
 * 13. An officer whose enforcement certificate has expired, or was suspended (暂扣) or revoked (注销), and who still
 * handles open cases or is assigned to open inspection tasks: work in the hands of someone who may not act
 * (行政处罚法第四十二条). One alert per officer, since the day the certificate lapsed; it closes when the certificate
 * is valid again or the work is handed over or finished. Officers who never held a certificate are not this rule's
 * (the services never assign them).
 */
@Component
class ExpiredCertificateWithOpenWork implements MonitoringRule {

    static final String CODE = "EXPIRED_CERTIFICATE_WITH_OPEN_WORK";

    private final CertificateValidity validity;
    private final OpenCaseLoad cases;
    private final OpenTaskLoad tasks;
    private final RuleTexts texts;
    private final ExpiredCertificateWithOpenWorkParameters parameters;

    ExpiredCertificateWithOpenWork(CertificateValidity validity, OpenCaseLoad cases, OpenTaskLoad tasks,
                                   RuleTexts texts, ExpiredCertificateWithOpenWorkParameters parameters) {
        this.validity = validity;
        this.cases = cases;
        this.tasks = tasks;
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
        List<Long> lapsed = lapsed(periods, today, parameters.graceDays()).stream()
                .map(UncertifiedPeriod::officerId).toList();
        return causes(periods, county, today, cases.heldBy(county, lapsed), tasks.heldBy(county, lapsed));
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * A certificate changed: its officer; a case or a task changed: its handlers or inspectors. For a batch, each
     * kind of record is read once for all its events, and the open work of all the counties' officers at once.
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<RegionCode, List<CaseEvents.Touched>> byCounty = CaseEvents.byCounty(events);
        List<CaseEvents.Touched> all = CaseEvents.all(byCounty);
        Map<Long, Long> ofCertificate = validity.officersOfCertificates(CaseEvents.ids(all, CaseEvents.CERTIFICATE));
        Map<Long, List<Long>> handlers = cases.handlersOf(CaseEvents.ids(all, CaseEvents.CASE));
        Map<Long, List<Long>> inspectors = tasks.inspectorsOf(CaseEvents.ids(all, CaseEvents.TASK));
        Map<RegionCode, Set<Long>> officers = new LinkedHashMap<>();
        byCounty.forEach((county, touched) -> {
            Set<Long> concerned = new LinkedHashSet<>();
            for (CaseEvents.Touched record : touched) {
                switch (record.type()) {
                    case CaseEvents.CERTIFICATE -> Optional.ofNullable(ofCertificate.get(record.id()))
                            .ifPresent(concerned::add);
                    case CaseEvents.OFFICER -> concerned.add(record.id());
                    case CaseEvents.CASE -> concerned.addAll(handlers.getOrDefault(record.id(), List.of()));
                    case CaseEvents.TASK -> concerned.addAll(inspectors.getOrDefault(record.id(), List.of()));
                    default -> { }
                }
            }
            if (!concerned.isEmpty()) {
                officers.put(county, concerned);
            }
        });
        if (officers.isEmpty()) {
            return Optional.empty();
        }
        List<UncertifiedPeriod> periods = validity.ofOfficers(officers.values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<RegionCode, List<UncertifiedPeriod>> theirs = new LinkedHashMap<>();
        Map<RegionCode, List<Long>> lapsed = new LinkedHashMap<>();
        officers.forEach((county, concerned) -> {
            theirs.put(county, periods.stream().filter(period -> concerned.contains(period.officerId())).toList());
            lapsed.put(county, lapsed(theirs.get(county), today, parameters.graceDays()).stream()
                    .map(UncertifiedPeriod::officerId).toList());
        });
        Map<RegionCode, Map<Long, List<String>>> openCases = cases.heldBy(IdsByCounty.of(lapsed));
        Map<RegionCode, Map<Long, List<String>>> openTasks = tasks.heldBy(IdsByCounty.of(lapsed));
        return Optional.of(Reassessment.merge(officers.entrySet().stream().map(county -> new Reassessment(
                examined(county.getValue(), theirs.get(county.getKey())),
                causes(theirs.get(county.getKey()), county.getKey(), today, openCases.get(county.getKey()),
                        openTasks.get(county.getKey())))).toList()));
    }

    /** The officers looked at again, by the name their periods give. */
    private static List<Subject> examined(Set<Long> officers, List<UncertifiedPeriod> theirs) {
        return officers.stream().map(officer -> new Subject(CaseEvents.OFFICER, officer,
                theirs.stream().filter(period -> period.officerId() == officer).map(UncertifiedPeriod::officerName)
                        .findFirst().orElse(String.valueOf(officer)))).toList();
    }

    private List<AlertCause> causes(List<UncertifiedPeriod> periods, RegionCode county, LocalDate today,
                                    Map<Long, List<String>> openCases, Map<Long, List<String>> openTasks) {
        List<UncertifiedPeriod> lapsed = lapsed(periods, today, parameters.graceDays());
        List<AlertCause> causes = new ArrayList<>();
        for (UncertifiedPeriod period : lapsed) {
            List<String> caseCodes = openCases.getOrDefault(period.officerId(), List.of());
            List<String> taskCodes = openTasks.getOrDefault(period.officerId(), List.of());
            if (caseCodes.isEmpty() && taskCodes.isEmpty()) {
                continue;
            }
            String summary = texts.text("supervision.rule." + CODE + ".summary", period.officerName(),
                    texts.text("supervision.rule.certificate-lapse." + period.lapse().name(),
                            period.certificateNumber() == null ? "" : period.certificateNumber()),
                    period.from().toString(), work(caseCodes, taskCodes));
            causes.add(new AlertCause(new Subject(CaseEvents.OFFICER, period.officerId(), period.officerName()),
                    county, period.agencyId(), period.from(), summary));
        }
        return causes;
    }

    /** 「3 件未结案件（AJ…、AJ…）和 1 项未完成的检查任务（JC…）」. */
    private String work(List<String> caseCodes, List<String> taskCodes) {
        List<String> parts = new ArrayList<>();
        if (!caseCodes.isEmpty()) {
            parts.add(texts.text("supervision.rule." + CODE + ".cases", String.valueOf(caseCodes.size()),
                    texts.codes(caseCodes)));
        }
        if (!taskCodes.isEmpty()) {
            parts.add(texts.text("supervision.rule." + CODE + ".tasks", String.valueOf(taskCodes.size()),
                    texts.codes(taskCodes)));
        }
        return String.join(texts.text("supervision.rule." + CODE + ".and"), parts);
    }

    /**
     * The periods in which an officer's certificate lapsed (expired, suspended, revoked) that cover today and began
     * at least {@code graceDays} ago; officers who never held a certificate or whose first is not yet issued are
     * left out.
     */
    static List<UncertifiedPeriod> lapsed(List<UncertifiedPeriod> periods, LocalDate today, int graceDays) {
        return periods.stream().filter(UncertifiedPeriod::isLapse).filter(period -> period.covers(today))
                .filter(period -> !period.from().plusDays(graceDays).isAfter(today)).toList();
    }
}
