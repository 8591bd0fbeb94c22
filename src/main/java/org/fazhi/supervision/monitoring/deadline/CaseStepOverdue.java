package org.fazhi.supervision.monitoring.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.casework.CaseClosed;
import org.fazhi.casework.CaseDeadlineMissed;
import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.OpenDeadlines;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Rule 1 (案件环节超期): a case with a step past its deadline (行政处罚法第六十条 and the periods of legal-rules.md:
 * decision, statement, hearing request, delivery, payment, court application). One alert per case, naming every
 * late step; it holds while any of them is unmet and clears when the last is met or the case is closed. The cause
 * holds from the day after the first missed deadline.
 */
@Component
class CaseStepOverdue implements MonitoringRule {

    static final String CODE = "CASE_STEP_OVERDUE";

    /** @param kinds the deadlines watched (all the running ones by default) */
    @ConfigurationProperties("fazhi.supervision.rules.case-step-overdue")
    record Settings(@DefaultValue({"DECISION", "STATEMENT", "HEARING_REQUEST", "DELIVERY", "PAYMENT",
            "COURT_APPLICATION"}) List<DeadlineKind> kinds) {
    }

    private final OpenDeadlines deadlines;
    private final Settings settings;
    private final MessageSource messages;

    CaseStepOverdue(OpenDeadlines deadlines, Settings settings, MessageSource messages) {
        this.deadlines = deadlines;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return deadlines.late(county, today, settings.kinds()).stream().map(this::cause).toList();
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /** The cases the events name, read at once. */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Set<Long> caseIds = Events.ids(events, CaseStepOverdue::caseOf);
        if (caseIds.isEmpty()) {
            return Optional.empty();
        }
        List<AlertCause> holding = deadlines.lateOf(caseIds, today, settings.kinds()).stream()
                .map(this::cause).toList();
        return Optional.of(new Reassessment(caseIds.stream().map(id -> new Subject("casework.case", id, ""))
                .toList(), holding));
    }

    private static OptionalLong caseOf(Object event) {
        return event instanceof CaseDeadlineMissed missed ? OptionalLong.of(missed.caseId())
                : event instanceof CaseClosed closed ? OptionalLong.of(closed.caseId())
                : Events.changed(event, "casework.case");
    }

    private AlertCause cause(OpenDeadlines.LateCase late) {
        String steps = late.kinds().stream().map(kind -> messages.getMessage("casework.deadline." + kind.name(), null,
                kind.name(), Locale.SIMPLIFIED_CHINESE)).collect(Collectors.joining("、"));
        return new AlertCause(new Subject("casework.case", late.caseId(), late.caseCode()), late.county(),
                late.agencyId(), late.firstDue().plusDays(1), messages.getMessage("supervision.rule.summary." + CODE,
                new Object[] {late.caseCode(), steps, late.firstDue().toString()}, Locale.SIMPLIFIED_CHINESE));
    }
}
