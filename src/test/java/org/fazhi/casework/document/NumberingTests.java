package org.fazhi.casework.document;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How numbers are written, and how a county configures it. */
class NumberingTests {

    @Test
    void theDefaultPatternWritesTheNumberAsCountiesDo() {
        NumberPattern pattern = NumberPattern.of(NumberingProperties.defaults().pattern());

        assertThat(pattern.format("郏市监", "罚", 2026, 12)).isEqualTo("郏市监罚〔2026〕12号");
    }

    @Test
    void aPatternMayReorderTheFieldsAndPadTheSequence() {
        NumberPattern pattern = NumberPattern.of("{机关简称}{文书简称}字〔{年}〕第{序号:4}号");

        assertThat(pattern.format("郏自然资", "罚", 2026, 7)).isEqualTo("郏自然资罚字〔2026〕第0007号");
        assertThat(pattern.format("郏自然资", "罚", 2026, 12345)).isEqualTo("郏自然资罚字〔2026〕第12345号");
    }

    @Test
    void aPatternWithoutTheSequenceOrWithAnUnknownFieldIsRefusedAtStart() {
        assertThatThrownBy(() -> NumberPattern.of("{机关简称}{文书简称}〔{年}〕号"))
                .hasMessageContaining("has no {序号}");
        assertThatThrownBy(() -> NumberPattern.of("{机关}{文书简称}〔{年}〕{序号}号"))
                .hasMessageContaining("unknown {机关}");
    }

    @Test
    void shortNamesAndAgencyAbbreviationsAreConfiguredByNameEvenInChinese() {
        NumberingProperties numbering = bind(Map.of(
                "fazhi.casework.numbering.pattern", "{机关简称}{文书简称}〔{年}〕{序号:3}号",
                "fazhi.casework.numbering.short-names.penalty-decision", "处罚",
                "fazhi.casework.numbering.agency-abbreviations[郏县自然资源局]", "郏自然资规"));

        assertThat(numbering.shortName(DocumentKind.PENALTY_DECISION)).isEqualTo("处罚");
        assertThat(numbering.shortName(DocumentKind.PRIOR_NOTICE)).isEqualTo("告知");
        assertThat(numbering.agencyAbbreviations()).containsEntry("郏县自然资源局", "郏自然资规");
        assertThat(NumberPattern.of(numbering.pattern()).format("郏自然资规", "处罚", 2026, 5))
                .isEqualTo("郏自然资规处罚〔2026〕005号");
    }

    @Test
    void withNothingConfiguredTheDefaultsApply() {
        NumberingProperties numbering = bind(Map.of("fazhi.casework.numbering.pattern", NumberPattern.DEFAULT));

        assertThat(numbering).isEqualTo(NumberingProperties.defaults());
        assertThat(numbering.shortName(DocumentKind.SEIZURE_DECISION)).isEqualTo("封扣");
        assertThatThrownBy(() -> numbering.shortName(DocumentKind.SEIZURE_LIST))
                .hasMessageContaining("carries the number of its decision");
    }

    private static NumberingProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("fazhi.casework.numbering", NumberingProperties.class).get();
    }
}
