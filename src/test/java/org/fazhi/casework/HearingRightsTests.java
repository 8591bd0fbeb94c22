package org.fazhi.casework;

import java.util.Set;

import org.fazhi.casework.procedure.HearingRights;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.entities.PartyKind;
import org.fazhi.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 行政处罚法第六十三条 with the default thresholds: ¥10,000 for citizens, ¥100,000 for organisations. */
class HearingRightsTests {

    private final CaseworkProperties rules = CaseworkProperties.defaults();

    @Test
    void aLargeFineDependsOnWhoPaysIt() {
        assertThat(HearingRights.apply(fine("10000"), PartyKind.PERSON, rules)).isTrue();
        assertThat(HearingRights.apply(fine("9999.99"), PartyKind.PERSON, rules)).isFalse();
        assertThat(HearingRights.apply(fine("10000"), PartyKind.ENTERPRISE, rules)).isFalse();
        assertThat(HearingRights.apply(fine("100000"), PartyKind.ENTERPRISE, rules)).isTrue();
    }

    @Test
    void heavyPenaltiesAndLargeConfiscationsGiveHearingRightsWhateverTheFine() {
        assertThat(HearingRights.apply(new Proposal(DecisionKind.PENALTY, Set.of(PenaltyKind.REVOKE_LICENCE),
                Money.ZERO, Money.ZERO, null, true, null), PartyKind.ENTERPRISE, rules)).isTrue();
        assertThat(HearingRights.apply(new Proposal(DecisionKind.PENALTY, Set.of(PenaltyKind.CONFISCATE_GAINS),
                Money.ZERO, Money.ofYuan("100000"), null, true, null), PartyKind.ENTERPRISE, rules)).isTrue();
        assertThat(HearingRights.apply(new Proposal(DecisionKind.PENALTY, Set.of(PenaltyKind.WARNING),
                Money.ZERO, Money.ZERO, null, true, null), PartyKind.PERSON, rules)).isFalse();
        assertThat(HearingRights.apply(Proposal.without(DecisionKind.NO_PENALTY), PartyKind.PERSON, rules)).isFalse();
        assertThat(HearingRights.apply(null, PartyKind.PERSON, rules)).isFalse();
    }

    private static Proposal fine(String yuan) {
        return new Proposal(DecisionKind.PENALTY, Set.of(), Money.ofYuan(yuan), Money.ZERO, null, true, null);
    }
}
