package org.fazhi.casework.casefile;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a refused step of a case or act on a measure goes on record (全过程记录, 行政处罚法第四十七条): in the words
 * the user was told, in a transaction of its own after the refused change rolled back, so the record of the attempt
 * survives it; announced as a new record like any other. Each timeline writes its own row.
 */
@Component
public class Refusals {

    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    Refusals(MessageSource messages, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.messages = messages;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records the refusal: {@code insert} writes the row given what the user was told and returns its id.
     *
     * @param fields the fields of the new row named in its {@link DataChanged}
     */
    public void record(String recordType, RegionCode county, RuleViolation refusal, List<String> fields,
                       ToLongFunction<String> insert) {
        String said = messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(),
                Locale.SIMPLIFIED_CHINESE);
        ownTransaction.executeWithoutResult(status -> events.publishEvent(
                DataChanged.created(recordType, insert.applyAsLong(said), county, fields)));
    }
}
