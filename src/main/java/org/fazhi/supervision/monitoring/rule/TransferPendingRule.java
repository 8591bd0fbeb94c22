package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.fazhi.supervision.transfer.PendingTransfers;
import org.fazhi.supervision.transfer.TransferChanged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 移送超期: a transfer (三法衔接) whose time limit passed without the step being taken — the head's approval
 * (3 days), the hand-over (24 hours), the police's decision (3 days), the reconsideration request or decision
 * (3 days each) or the hand-over of exhibits (3 days), as 行政执法机关移送涉嫌犯罪案件的规定 sets them. The limits are
 * judged by their last day: a limit is past once that day is over. The alert closes when the step is recorded.
 */
@Component
class TransferPendingRule implements MonitoringRule {

    static final String CODE = "TRANSFER_PENDING";
    static final String SUBJECT_TYPE = "supervision.transfer";

    private final PendingTransfers pending;
    private final MessageSource messages;

    TransferPendingRule(PendingTransfers pending, MessageSource messages) {
        this.pending = pending;
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return pending.of(county, today).stream().map(o -> cause(o, today)).toList();
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return transferOf(event).map(id -> {
            Optional<PendingTransfers.Overdue> overdue = pending.of(id, today);
            Subject subject = new Subject(SUBJECT_TYPE, id, overdue.map(PendingTransfers.Overdue::caseCode).orElse(""));
            return new Reassessment(List.of(subject), overdue.map(o -> cause(o, today)).stream().toList());
        });
    }

    private static Optional<Long> transferOf(Object event) {
        if (event instanceof TransferChanged changed) {
            return Optional.of(changed.transferId());
        }
        if (event instanceof DataChanged changed && changed.recordType().equals(SUBJECT_TYPE)) {
            return Optional.of(Long.parseLong(changed.recordId()));
        }
        return Optional.empty();
    }

    private AlertCause cause(PendingTransfers.Overdue o, LocalDate today) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String step = messages.getMessage("supervision.transfer.deadline." + o.deadline(), null, chinese);
        String kind = messages.getMessage("supervision.transfer.kind." + o.kind(), null, chinese);
        String summary = messages.getMessage("supervision.rule.TRANSFER_PENDING.summary",
                new Object[] {o.caseCode(), kind, step, o.dueOn().toString(), ChronoUnit.DAYS.between(o.dueOn(), today)},
                chinese);
        return new AlertCause(new Subject(SUBJECT_TYPE, o.transferId(), o.caseCode()), o.county(), o.agencyId(),
                o.dueOn().plusDays(1), summary);
    }
}
