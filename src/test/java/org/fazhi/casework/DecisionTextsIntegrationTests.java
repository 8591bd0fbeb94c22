package org.fazhi.casework;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.registry.officer.Officer;
import org.fazhi.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What disclosure may publish of a decision, read from the decision document as issued. */
@FazhiIntegrationTest
class DecisionTextsIntegrationTests {

    @Autowired CaseworkTestData data;
    @Autowired DecisionTexts texts;
    @Autowired JdbcClient jdbc;

    @Test
    void aDecidedCaseGivesItsDecisionDocumentsNumberPartyOfficersAndSections() {
        Handling h = data.agency("公示文本局");
        long id = data.decided(h, "2000");

        DecisionText text = texts.of(id).orElseThrow();

        String number = jdbc.sql("select decision_number from casework.penalty_case where id = ?").param(id)
                .query(String.class).single();
        assertThat(text.decisionNumber()).isEqualTo(number).isNotBlank();
        assertThat(text.agencyId()).isEqualTo(h.agencyId());
        assertThat(text.kind()).isEqualTo(DecisionKind.PENALTY);
        assertThat(text.partyName()).isEqualTo(h.party().name());
        assertThat(text.naturalPerson()).isFalse();
        assertThat(text.persons()).isEmpty();
        assertThat(text.onTheSpot()).isFalse();
        assertThat(text.officers()).containsExactlyElementsOf(
                h.inspecting().officers().stream().limit(2).map(Officer::name).toList());
        assertThat(text.items()).isNotEmpty();
        assertThat(text.penalties()).containsExactlyInAnyOrder(PenaltyKind.WARNING, PenaltyKind.FINE);
        assertThat(text.fine()).isEqualTo(Money.ofYuan("2000"));
        assertThat(text.sections()).extracting(DecisionText.Section::heading)
                .startsWith("当事人名称").contains("违法事实", "证据", "违反条款", "处罚依据", "处罚内容")
                .doesNotContain("身份证件号码", "地址", "联系电话");
        assertThat(text.sections()).filteredOn(s -> s.heading().equals("违法事实"))
                .extracting(DecisionText.Section::text).containsExactly("无证经营食品");
    }

    @Test
    void aCaseNotYetDecidedHasNoDecisionText() {
        Handling h = data.agency("公示未决局");
        long id = data.reviewed(h, "2000");

        assertThat(texts.of(id)).isEmpty();
    }
}
