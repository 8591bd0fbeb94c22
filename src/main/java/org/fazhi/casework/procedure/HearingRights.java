package org.fazhi.casework.procedure;

import java.util.EnumSet;
import java.util.Set;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.entities.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * 行政处罚法第六十三条: the penalties before which the party must be told it may ask for a hearing — a large fine, a
 * large confiscation ("较大数额", thresholds set by provinces and ministries, per kind of party), lowering a
 * qualification, revoking a licence, ordering suspension or closure, restricting practice, and other heavier
 * penalties (here: restricting business activities).
 */
public final class HearingRights {

    private static final Set<PenaltyKind> HEAVY = EnumSet.of(PenaltyKind.LOWER_QUALIFICATION,
            PenaltyKind.REVOKE_LICENCE, PenaltyKind.ORDER_SUSPENSION, PenaltyKind.ORDER_CLOSURE,
            PenaltyKind.RESTRICT_PRACTICE, PenaltyKind.RESTRICT_BUSINESS);

    private HearingRights() {
    }

    public static boolean apply(@Nullable Proposal proposal, PartyKind party, CaseworkProperties rules) {
        if (proposal == null || !proposal.kind().imposesPenalty()) {
            return false;
        }
        return !proposal.fine().isLessThan(rules.largeFine(party))
                || !proposal.confiscation().isLessThan(rules.largeConfiscation(party))
                || proposal.penalties().stream().anyMatch(HEAVY::contains);
    }
}
