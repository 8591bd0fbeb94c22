package org.fazhi.supervision.monitoring.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResultOverdue;
import org.fazhi.inspection.UnpublishedResults;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Rule 8 (检查结果公示超期): a drawn inspection (双随机) whose result was not published within the working days
 * inspection's configuration allows after its window ended. One alert per task, about the lead agency; it clears
 * when the result is recorded or the task is refused or revoked.
 */
@Component
class InspectionResultOverdueRule implements MonitoringRule {

    static final String CODE = "INSPECTION_RESULT_OVERDUE";
    static final String SUBJECT = "inspection.task";

    private final UnpublishedResults results;
    private final MessageSource messages;

    InspectionResultOverdueRule(UnpublishedResults results, MessageSource messages) {
        this.results = results;
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return results.late(county, today).stream().map(this::cause).toList();
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /** The tasks the events name, read at once. */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Set<Long> taskIds = Events.ids(events, InspectionResultOverdueRule::taskOf);
        if (taskIds.isEmpty()) {
            return Optional.empty();
        }
        List<AlertCause> holding = results.lateOf(taskIds, today).stream().map(this::cause).toList();
        return Optional.of(new Reassessment(taskIds.stream().map(id -> new Subject(SUBJECT, id, "")).toList(),
                holding));
    }

    private static OptionalLong taskOf(Object event) {
        return event instanceof InspectionResultOverdue overdue ? OptionalLong.of(overdue.taskId())
                : event instanceof InspectionConcluded concluded ? OptionalLong.of(concluded.taskId())
                : Events.changed(event, SUBJECT);
    }

    private AlertCause cause(UnpublishedResults.Late late) {
        return new AlertCause(new Subject(SUBJECT, late.taskId(), late.taskCode()), late.county(),
                late.leadAgencyId(), late.dueOn().plusDays(1), messages.getMessage("supervision.rule.summary." + CODE,
                new Object[] {late.taskCode(), late.windowTo().toString(), late.dueOn().toString()},
                Locale.SIMPLIFIED_CHINESE));
    }
}
