package org.fazhi.disclosure.redaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API the legal office works with: spans as data, added and removed by hand, applied to the text. */
class RedactionTests {

    private static final String TEXT = "当事人张三，身份证号码410425199003071231，电话13812345678。";

    @Test
    void spansSayWhatTheyHideAndWhatIsPublishedInstead() {
        Redaction redaction = Redaction.of(TEXT, RedactionContext.none());

        assertThat(redaction.spans()).extracting(RedactionSpan::kind).containsExactly(RedactionKind.PERSON_NAME,
                RedactionKind.ID_NUMBER, RedactionKind.PHONE);
        RedactionSpan name = redaction.spans().get(0);
        assertThat(name.original()).isEqualTo("张三");
        assertThat(name.replacement()).isEqualTo("张某");
        assertThat(TEXT.substring(name.start(), name.end())).isEqualTo("张三");
        assertThat(redaction.apply()).isEqualTo("当事人张某，身份证号码******************，电话***********。");
        assertThat(redaction.text()).isEqualTo(TEXT);
    }

    @Test
    void theLegalOfficeRemovesASpanItJudgesPublic() {
        Redaction redaction = Redaction.of(TEXT, RedactionContext.none());
        RedactionSpan phone = redaction.spans().get(2);

        Redaction reviewed = redaction.removing(phone);

        assertThat(reviewed.spans()).hasSize(2).doesNotContain(phone);
        assertThat(reviewed.apply()).endsWith("电话13812345678。");
        assertThat(redaction.spans()).hasSize(3);
    }

    @Test
    void theLegalOfficeAddsASpanAndItReplacesTheSpansItOverlaps() {
        Redaction redaction = Redaction.of("当事人张三与邻居刘备发生纠纷。", RedactionContext.none());
        assertThat(redaction.apply()).isEqualTo("当事人张某与邻居刘备发生纠纷。");

        Redaction reviewed = redaction.adding(RedactionSpan.manual(redaction.text(), 8, 10));

        assertThat(reviewed.apply()).isEqualTo("当事人张某与邻居**发生纠纷。");
        assertThat(reviewed.spans()).extracting(RedactionSpan::kind).containsExactly(RedactionKind.PERSON_NAME,
                RedactionKind.OTHER);
        assertThat(reviewed.adding(RedactionSpan.manual(redaction.text(), 2, 5)).apply())
                .isEqualTo("当事***与邻居**发生纠纷。");
    }

    @Test
    void refusesASpanThatIsNotPartOfTheText() {
        Redaction redaction = Redaction.of("当事人张三。", RedactionContext.none());

        assertThatThrownBy(() -> redaction.adding(new RedactionSpan(3, 5, RedactionKind.PERSON_NAME, "李四", "李某")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedactionSpan(3, 3, RedactionKind.OTHER, "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keptTermsAndOfficersAreNeverTouched() {
        RedactionContext context = RedactionContext.aboutPerson("张三").keepingNames("张三丰")
                .keepingTerms("0375-5012345");

        Redaction redaction = Redaction.of("执法人员张三丰询问了张三，本局电话0375-5012345。", context);

        assertThat(redaction.apply()).isEqualTo("执法人员张三丰询问了张某，本局电话0375-5012345。");
    }

    @Test
    void aTextWithoutPersonalInformationComesBackUnchanged() {
        String text = "依据《中华人民共和国行政处罚法》第三十二条，决定给予警告，并处罚款人民币5000元。";

        Redaction redaction = Redaction.of(text, RedactionContext.none());

        assertThat(redaction.spans()).isEmpty();
        assertThat(redaction.apply()).isSameAs(text).isEqualTo(text);
    }

    @Test
    void spansNeverOverlapAndComeInTextOrder() {
        String text = "证人王五（身份证号码410425199003071231，电话13812345678，住郏县文化路88号3单元）、李四在场，"
                + "邮箱13812345678@139.com。";

        Redaction redaction = Redaction.of(text, RedactionContext.none());

        for (int i = 1; i < redaction.spans().size(); i++) {
            assertThat(redaction.spans().get(i).start()).isGreaterThanOrEqualTo(redaction.spans().get(i - 1).end());
        }
        assertThat(redaction.apply()).isEqualTo("证人王某（身份证号码******************，电话***********，住郏县文化路***）、"
                + "李某在场，邮箱***@139.com。");
    }
}
