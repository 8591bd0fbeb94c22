package org.fazhi.casework.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a step of a case is asked with, on a page's form or in the API's request body: always the request key and
 * the case version seen, then what the step needs (see each endpoint). Fields a step does not use are ignored.
 *
 * @param requestKey 8-100 characters chosen by the client, the same when it retries
 * @param reason     the reason of 不予立案, of 退回补充调查, of a recusal, of an extension, or the decision's reasons
 */
public record StepForm(@Nullable String requestKey, @Nullable Integer version, @Nullable String reason,
                       @Nullable List<Long> itemIds, @Nullable List<Long> handlerIds, @Nullable String facts,
                       @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate violationOn,
                       @Nullable Boolean extendedTimeBar, @Nullable EvidenceKind evidenceKind, @Nullable String title,
                       @Nullable String description, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate collectedOn,
                       @Nullable DecisionKind kind, @Nullable List<PenaltyKind> penalties, @Nullable BigDecimal fine,
                       @Nullable BigDecimal confiscation, @Nullable BigDecimal illegalGains,
                       @Nullable BigDecimal goodsValue, @Nullable String tier, @Nullable String outsideReason,
                       @Nullable Boolean majorPublicInterest, @Nullable Boolean complex,
                       @Nullable Boolean majorViolation, @Nullable String opinion,
                       @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate heldOn, @Nullable String conclusion,
                       @Nullable String statement, @Nullable Boolean waived,
                       @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate hearingOn, @Nullable Long chair,
                       @Nullable String record, @Nullable BigDecimal amount,
                       @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate paidOn,
                       @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate due, @Nullable String plan,
                       @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate deliveredOn, @Nullable String note,
                       @Nullable Integer days, @Nullable Long officerId, Recusal.@Nullable Applicant applicant,
                       @Nullable Long recusalId, @Nullable Boolean upheld) {

    CaseSteps.Request request() {
        if (requestKey == null || requestKey.isBlank()) {
            throw InvalidInput.of("requestKey", "casework.request-key.invalid");
        }
        if (version == null) {
            throw InvalidInput.of("version", "casework.input.required");
        }
        return new CaseSteps.Request(requestKey.strip(), version);
    }

    ProposalForm proposal() {
        return new ProposalForm(kind, penalties, fine, confiscation, illegalGains, goodsValue, tier, outsideReason,
                reason);
    }

    Investigations.Weight weight() {
        return new Investigations.Weight(yes(majorPublicInterest), yes(complex), yes(majorViolation));
    }

    static boolean yes(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
