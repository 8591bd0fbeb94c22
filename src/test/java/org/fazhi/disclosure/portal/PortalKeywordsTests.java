package org.fazhi.disclosure.portal;

import java.util.List;

import org.fazhi.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the keyword box is read: words, their character pairs, and which words need their exact position checked. */
class PortalKeywordsTests {

    @Test
    void aTwoCharacterWordIsOnePairThatProvesIt() {
        PortalKeywords keywords = PortalKeywords.parse(" 食品 ");
        assertThat(keywords.words()).containsExactly("食品");
        assertThat(keywords.pairs()).containsExactly(PortalKeywords.code('食', '品'));
        assertThat(keywords.confirmedByPosition()).isEmpty();
    }

    @Test
    void aFourCharacterWordIsThreePairsAndIsConfirmedByPosition() {
        PortalKeywords keywords = PortalKeywords.parse("经营许可");
        assertThat(keywords.pairs()).containsExactlyInAnyOrder(PortalKeywords.code('经', '营'),
                PortalKeywords.code('营', '许'), PortalKeywords.code('许', '可'));
        assertThat(keywords.confirmedByPosition()).containsExactly("经营许可");
    }

    @Test
    void wordsAreSeparatedByHalfAndFullWidthSpacesAndKeptOnce() {
        PortalKeywords keywords = PortalKeywords.parse("超市\u3000食品  超市 过期食品");
        assertThat(keywords.words()).containsExactly("超市", "食品", "过期食品");
        assertThat(keywords.pairs()).hasSize(4).isSorted();
    }

    @Test
    void pairsAreTheSameWhateverTheirOrderOrRepetition() {
        assertThat(PortalKeywords.pairsOf("品食品食")).containsExactlyElementsOf(PortalKeywords.pairsOf("食品食"));
        assertThat(PortalKeywords.pairsOf("ab")).containsExactly(PortalKeywords.code('a', 'b'));
        assertThat(PortalKeywords.pairsOf("a")).isEmpty();
    }

    @Test
    void codesAreTheLow16BitsOfBothCharactersShiftedIntoIntRange() {
        assertThat(PortalKeywords.code(0, 0)).isEqualTo(Integer.MIN_VALUE);
        assertThat(PortalKeywords.code(0xFFFF, 0xFFFF)).isEqualTo(Integer.MAX_VALUE);
        assertThat(PortalKeywords.code('食', '品')).isEqualTo(('食' << 16 | '品') - 0x8000_0000);
    }

    @Test
    void aWordOutsideTheBasicPlaneIsConfirmedByPositionEvenWhenTwoCharactersLong() {
        String rare = new String(Character.toChars(0x20BB7)) + "家"; // 𠮷 (U+20BB7) shares its low 16 bits with U+0BB7.
        PortalKeywords keywords = PortalKeywords.parse(rare);
        assertThat(keywords.pairs()).containsExactly(PortalKeywords.code(0x0BB7, '家'));
        assertThat(keywords.confirmedByPosition()).containsExactly(rare);
    }

    @Test
    void blankIsNoKeyword() {
        assertThat(PortalKeywords.parse(null).isEmpty()).isTrue();
        assertThat(PortalKeywords.parse(" \u3000 ").isEmpty()).isTrue();
    }

    @Test
    void refusesOneCharacterWordsNamingTheWord() {
        assertThatThrownBy(() -> PortalKeywords.parse("超市 罚"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("q");
                        assertThat(problem.messageKey()).isEqualTo("disclosure.portal.keyword.too-short");
                        assertThat(problem.arguments()).containsExactly("罚");
                    });
                });
    }

    @Test
    void refusesTooManyOrTooLongWords() {
        assertThatThrownBy(() -> PortalKeywords.parse("一一 二二 三三 四四 五五 六六"))
                .hasMessageContaining("disclosure.portal.keyword.too-many");
        assertThatThrownBy(() -> PortalKeywords.parse("长".repeat(PortalKeywords.MAX_LENGTH + 1)))
                .hasMessageContaining("disclosure.portal.keyword.too-long");
        assertThat(PortalKeywords.parse("长".repeat(PortalKeywords.MAX_LENGTH)).words()).hasSize(1);
        assertThat(PortalKeywords.parse(String.join(" ", List.of("一一", "二二", "三三", "四四", "五五"))).words())
                .hasSize(PortalKeywords.MAX_WORDS);
    }
}
