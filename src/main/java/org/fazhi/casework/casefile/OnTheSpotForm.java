package org.fazhi.casework.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A decision on the spot as the officers fill it in (简易程序): the party by its credit code or ID number, the
 * penalty item, the two officers, where and what, that the facts are certain, the warning and/or fine with its
 * discretion tier, that the certificates were shown, what the party said (or that it gave up its rights), and
 * whether the fine is collected on the spot (with the receipt's number) and why it may be.
 */
public record OnTheSpotForm(@Nullable String partyCode, @Nullable Long itemId, @Nullable List<Long> handlerIds,
                            @Nullable String place, @Nullable String facts, @Nullable Boolean factsCertain,
                            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate violationOn, @Nullable List<PenaltyKind> penalties,
                            @Nullable BigDecimal fine, @Nullable String tier, @Nullable String outsideReason,
                            @Nullable Boolean certificatesShown, @Nullable String statement, @Nullable Boolean waived,
                            @Nullable Boolean collected, @Nullable Boolean hardToCollect,
                            @Nullable String receiptNumber) {

    static boolean yes(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    /** The penalty as the benchmark weighs it. */
    ProposalForm proposal() {
        return new ProposalForm(org.fazhi.casework.DecisionKind.PENALTY, penalties, fine, null, null, null, tier,
                outsideReason, facts);
    }
}
