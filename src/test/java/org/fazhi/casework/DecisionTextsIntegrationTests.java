package org.fazhi.casework;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.registry.RegistryTestData;
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
    void theCountysDecisionsReadPageByPageOnceEachAsTheirDocumentsSayOrWordedFromTheRecord() {
        Handling h = data.agency("公示批量局");
        long issued = data.decided(h, "2000");
        long recorded = data.decided(h, "3000");
        jdbc.sql("delete from casework.case_document where case_id = ?").param(recorded).update(); // as generated
        jdbc.sql("update casework.penalty_case set decision_number = null where id = ?").param(recorded).update();

        List<DecisionText> all = new ArrayList<>();
        long after = 0;
        for (List<DecisionText> page = texts.ofCounty(RegistryTestData.COUNTY, after, 7); !page.isEmpty();
             page = texts.ofCounty(RegistryTestData.COUNTY, after, 7)) {
            assertThat(page).hasSizeLessThanOrEqualTo(7);
            all.addAll(page);
            after = page.get(page.size() - 1).caseId();
        }

        List<Long> decided = jdbc.sql("""
                select c.id from casework.penalty_case c join casework.proposal p on p.case_id = c.id
                 where c.region_code like '410425%' and p.stage = 'DECIDED' and p.kind <> 'TRANSFERRED'
                   and c.decided_on is not null order by c.id""").query(Long.class).list();
        assertThat(all).extracting(DecisionText::caseId).containsExactlyElementsOf(decided);
        assertThat(all).filteredOn(t -> t.caseId() == issued).singleElement()
                .isEqualTo(texts.of(issued).orElseThrow());
        DecisionText worded = all.stream().filter(t -> t.caseId() == recorded).findFirst().orElseThrow();
        assertThat(worded.decisionNumber()).matches(".+罚〔\\d{4}〕\\d+号");
        assertThat(worded.partyName()).isEqualTo(h.party().name());
        assertThat(worded.fine()).isEqualTo(Money.ofYuan("3000"));
        assertThat(worded.officers()).isNotEmpty();
        assertThat(worded.sections()).extracting(DecisionText.Section::heading)
                .startsWith("当事人名称").contains("违法事实", "证据", "违反条款", "处罚依据", "处罚内容", "履行方式和期限");
        assertThat(worded.sections()).filteredOn(s -> s.heading().equals("处罚内容"))
                .extracting(DecisionText.Section::text).singleElement().asString()
                .contains("警告", "罚款人民币3,000.00元（大写：叁仟元整）");
        assertThat(worded.sections()).filteredOn(s -> s.heading().equals("违法事实"))
                .extracting(DecisionText.Section::text).singleElement().asString()
                .contains(worded.officers().get(0), h.party().name());
    }

    @Test
    void aCaseNotYetDecidedHasNoDecisionText() {
        Handling h = data.agency("公示未决局");
        long id = data.reviewed(h, "2000");

        assertThat(texts.of(id)).isEmpty();
    }
}
