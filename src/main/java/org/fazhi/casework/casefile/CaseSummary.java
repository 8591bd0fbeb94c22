package org.fazhi.casework.casefile;

import java.time.LocalDate;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A case as a list shows it: who, what stage, what was decided, and its next open deadline.
 *
 * @param nextDeadline the open deadline due first, if any
 */
public record CaseSummary(long id, String code, @Nullable String caseNumber, @Nullable String decisionNumber,
                          long agencyId, long partyId, CaseState state, SourceKind source,
                          String summary, LocalDate discoveredOn, @Nullable LocalDate filedOn,
                          @Nullable DecisionKind decided, Money fine, @Nullable DeadlineKind nextDeadline,
                          @Nullable LocalDate nextDue, boolean nextProvisional) {
}
