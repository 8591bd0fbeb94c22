package org.fazhi.catalog.item;

import java.util.List;

import org.fazhi.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegalBasisTextTests {

    @Test
    void readsOneProvisionPerLineWithArticleAndQuotedText() {
        List<LegalBasis> bases = LegalBasisText.parse("《中华人民共和国食品安全法》第一百二十四条：违反本法规定，生产经营腐败变质的食品……\n"
                + "《中华人民共和国食品安全法实施条例》第六十七条");
        assertThat(bases).containsExactly(
                new LegalBasis("中华人民共和国食品安全法", "第一百二十四条", "违反本法规定，生产经营腐败变质的食品……"),
                new LegalBasis("中华人民共和国食品安全法实施条例", "第六十七条", null));
    }

    @Test
    void readsProvisionsSeparatedBySemicolonsButKeepsSemicolonsInsideQuotations() {
        List<LegalBasis> bases = LegalBasisText.parse(
                "《中华人民共和国种子法》第七十四条：没收违法所得；情节严重的，吊销许可证；《农药管理条例》第五十五条:责令停止经营");
        assertThat(bases).extracting(LegalBasis::law).containsExactly("中华人民共和国种子法", "农药管理条例");
        assertThat(bases.get(0).quoted()).isEqualTo("没收违法所得；情节严重的，吊销许可证");
        assertThat(bases.get(1).quoted()).isEqualTo("责令停止经营");
    }

    @Test
    void aLineThatDoesNotOpenWithABookTitleContinuesTheQuotation() {
        List<LegalBasis> bases = LegalBasisText.parse("《中华人民共和国土地管理法》第七十七条：未经批准非法占用土地的，\n"
                + "由县级以上人民政府自然资源主管部门责令退还非法占用的土地");
        assertThat(bases).hasSize(1);
        assertThat(bases.get(0).quoted()).isEqualTo("未经批准非法占用土地的，\n由县级以上人民政府自然资源主管部门责令退还非法占用的土地");
    }

    @Test
    void anEmptyCellHasNoProvisions() {
        assertThat(LegalBasisText.parse("  \n ")).isEmpty();
    }

    @Test
    void refusesTextThatNamesNoLaw() {
        assertThatThrownBy(() -> LegalBasisText.parse("第七十四条：没收违法所得"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).messageKey())
                        .isEqualTo("catalog.item.legal-basis.unreadable"));
        assertThatThrownBy(() -> LegalBasisText.parse("《》第一条")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void formatsSoThatParsingGivesTheSameProvisionsBack() {
        List<LegalBasis> bases = List.of(new LegalBasis("中华人民共和国森林法", "第七十六条", "盗伐林木的，……\n并处罚款"),
                new LegalBasis("森林防火条例", null, null));
        String cell = LegalBasisText.format(bases);
        assertThat(cell).startsWith("《中华人民共和国森林法》第七十六条：盗伐林木的");
        assertThat(LegalBasisText.parse(cell)).isEqualTo(bases);
    }
}
