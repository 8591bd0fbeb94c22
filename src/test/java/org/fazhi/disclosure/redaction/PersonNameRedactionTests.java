package org.fazhi.disclosure.redaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameRedactionTests {

    private static String published(String text, RedactionContext context) {
        return Redaction.of(text, context).apply();
    }

    private static String published(String text) {
        return published(text, RedactionContext.none());
    }

    @Test
    void keepsTheSurnameAndHidesEachGivenCharacter() {
        assertThat(published("当事人张三。")).isEqualTo("当事人张某。");
        assertThat(published("当事人王小明。")).isEqualTo("当事人王某某。");
        assertThat(published("当事人欧阳娜娜。")).isEqualTo("当事人欧阳某某。");
        assertThat(published("当事人欧阳修。")).isEqualTo("当事人欧阳某。");
    }

    @Test
    void aNameFoundAfterACueIsRedactedWhereverItOccurs() {
        assertThat(published("当事人李刚，男。经查，李刚多次销售。李刚承认上述事实。"))
                .isEqualTo("当事人李某，男。经查，李某多次销售。李某承认上述事实。");
    }

    @Test
    void contextPersonsAreRedactedWithoutACueAlsoWhenPaddedWithSpaces() {
        RedactionContext context = RedactionContext.aboutPerson("张三", "欧阳娜娜");

        assertThat(published("张　三与欧阳娜娜共同经营。", context)).isEqualTo("张　某与欧阳某某共同经营。");
    }

    @Test
    void readsTheGivenNameUpToTheWordsThatFollowNames() {
        assertThat(published("证人王五证实。")).isEqualTo("证人王某证实。");
        assertThat(published("证人王小明证实。")).isEqualTo("证人王某某证实。");
        assertThat(published("当事人张三在店内。")).isEqualTo("当事人张某在店内。");
        assertThat(published("委托代理人司马相如到场。")).isEqualTo("委托代理人司马某某到场。");
    }

    @Test
    void followsListsAfterACue() {
        assertThat(published("证人李四、王五和赵六及钱七到场。")).isEqualTo("证人李某、王某和赵某及钱某到场。");
    }

    @Test
    void businessNamesStayEvenWithTheOwnersName() {
        RedactionContext context = RedactionContext.aboutPerson("张三");

        assertThat(published("郏县张三餐饮店的经营者张三到场。", context)).isEqualTo("郏县张三餐饮店的经营者张某到场。");
        assertThat(published("当事人王记烩面馆。")).isEqualTo("当事人王记烩面馆。");
    }

    @Test
    void commonWordsThatStartWithASurnameAreNoNames() {
        assertThat(published("当事人陈述称不知情。")).isEqualTo("当事人陈述称不知情。");
        assertThat(published("当事人高价销售。")).isEqualTo("当事人高价销售。");
        assertThat(published("当事人于当日整改。")).isEqualTo("当事人于当日整改。");
        assertThat(published("当事人曾多次违法。")).isEqualTo("当事人曾多次违法。");
        assertThat(published("倡导文明经营，手段高明。")).isEqualTo("倡导文明经营，手段高明。");
    }

    @Test
    void aCommonWordAfterACueIsTakenForTheNameItCanBe() {
        assertThat(published("当事人高明，男。")).isEqualTo("当事人高某，男。");
        assertThat(published("当事人江山驾驶货车。")).isEqualTo("当事人江某驾驶货车。");
    }

    @Test
    void titlesMarkNamesButASurnameAloneStays() {
        assertThat(published("顾客王建国先生到场。")).isEqualTo("顾客王某某先生到场。");
        assertThat(published("举报人李女士到场。")).isEqualTo("举报人李女士到场。");
    }

    @Test
    void officersStayAndNamesAlreadyRedactedAreLeftAlone() {
        RedactionContext context = RedactionContext.none().keepingNames("高明");

        assertThat(published("证人高明到场。", context)).isEqualTo("证人高明到场。");
        assertThat(published("证人张某、李某某到场。")).isEqualTo("证人张某、李某某到场。");
    }

    @Test
    void aContextPersonWhoseNameIsACommonWordIsOverRedacted() {
        // Documented limit: the legal office removes the span of 手段高明.
        RedactionContext context = RedactionContext.aboutPerson("高明");

        assertThat(published("高明手段高明。", context)).isEqualTo("高某手段高某。");
    }

    @Test
    void aNameWithoutCueOrContextIsNotFound() {
        // Documented limit: the legal office adds the span by hand.
        assertThat(published("与邻居刘备发生纠纷。")).isEqualTo("与邻居刘备发生纠纷。");
    }
}
