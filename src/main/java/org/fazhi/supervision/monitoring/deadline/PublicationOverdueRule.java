package org.fazhi.supervision.monitoring.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.fazhi.disclosure.DecisionPublished;
import org.fazhi.disclosure.LateDisclosures;
import org.fazhi.disclosure.PublicationOverdue;
import org.fazhi.disclosure.PublicationWithdrawn;
import org.fazhi.disclosure.WithdrawalOverdue;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Rule 7 (公示或撤回超期): a penalty decision unpublished after its 7 working days, or a changed or revoked decision's
 * publication not withdrawn after its 3 (国办发〔2018〕118号; the periods are disclosure's configuration). One alert
 * per publication; it clears once the decision is published (or withdrawn, when that was due). The cause holds from
 * the day after the earlier of the days missed.
 */
@Component
class PublicationOverdueRule implements MonitoringRule {

    static final String CODE = "PUBLICATION_OVERDUE";
    static final String SUBJECT = "disclosure.publication";

    private final LateDisclosures disclosures;
    private final MessageSource messages;

    PublicationOverdueRule(LateDisclosures disclosures, MessageSource messages) {
        this.disclosures = disclosures;
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return disclosures.late(county, today).stream().map(this::cause).toList();
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /** The publications the events name, read at once. */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Set<Long> ids = Events.ids(events, PublicationOverdueRule::publicationOf);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<AlertCause> holding = disclosures.lateOf(ids, today).stream().map(this::cause).toList();
        return Optional.of(new Reassessment(ids.stream().map(id -> new Subject(SUBJECT, id, "")).toList(),
                holding));
    }

    private static OptionalLong publicationOf(Object event) {
        return event instanceof PublicationOverdue overdue ? OptionalLong.of(overdue.publicationId())
                : event instanceof WithdrawalOverdue overdue ? OptionalLong.of(overdue.publicationId())
                : event instanceof DecisionPublished published ? OptionalLong.of(published.publicationId())
                : event instanceof PublicationWithdrawn withdrawn ? OptionalLong.of(withdrawn.publicationId())
                : Events.changed(event, SUBJECT);
    }

    private AlertCause cause(LateDisclosures.Late late) {
        LocalDate publishDue = late.publishDue();
        LocalDate withdrawDue = late.withdrawDue();
        String summary = publishDue != null && withdrawDue != null
                ? text("both", late.decisionNumber(), publishDue.toString(), withdrawDue.toString(),
                        late.withdrawalReason())
                : publishDue != null ? text("publish", late.decisionNumber(), publishDue.toString())
                : text("withdraw", late.decisionNumber(), String.valueOf(withdrawDue), late.withdrawalReason());
        LocalDate first = publishDue == null ? withdrawDue
                : withdrawDue == null || publishDue.isBefore(withdrawDue) ? publishDue : withdrawDue;
        return new AlertCause(new Subject(SUBJECT, late.publicationId(), late.decisionNumber()), late.county(),
                late.agencyId(), first == null ? LocalDate.EPOCH : first.plusDays(1), summary);
    }

    private String text(String kind, Object... arguments) {
        return messages.getMessage("supervision.rule.summary." + CODE + "." + kind, arguments,
                Locale.SIMPLIFIED_CHINESE);
    }
}
