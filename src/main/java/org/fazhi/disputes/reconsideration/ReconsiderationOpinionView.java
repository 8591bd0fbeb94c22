package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An opinion as the API and the pages show it, with whether its reply is overdue and whether the caller replies. */
public record ReconsiderationOpinionView(long id, String number, long reconsiderationId,
                                         String reconsiderationNumber, long agencyId, String agencyName, String issue,
                                         String requiredAction, LocalDate issuedOn, LocalDate replyDue,
                                         String issuedBy, @Nullable LocalDate repliedOn, @Nullable String measures,
                                         @Nullable Boolean repliedOnTime, boolean overdue, boolean mayReply) {

    static ReconsiderationOpinionView of(ReconsiderationOpinion o, String agencyName, LocalDate today,
                                         boolean mayReply) {
        return new ReconsiderationOpinionView(o.id(), o.number(), o.reconsiderationId(), o.reconsiderationNumber(),
                o.agencyId(), agencyName, o.issue(), o.requiredAction(), o.issuedOn(), o.replyDue(), o.issuedBy(),
                o.repliedOn(), o.measures(), o.repliedOnTime(), o.isOverdueOn(today), mayReply);
    }
}
