package org.fazhi.casework.document;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How case and document numbers are written.
 *
 * @param pattern             the number's layout: {@code {机关简称}}, {@code {文书简称}}, {@code {年}}, {@code {序号}}
 *                            (or {@code {序号:3}}, zero-padded) and any text around them
 * @param shortNames          a kind's short name where the county's differs from the default
 *                            ({@code short-names.penalty-decision=罚})
 * @param agencyAbbreviations an agency's abbreviation by its full name, where the derived one is not the one it uses
 *                            ({@code agency-abbreviations[郏县市场监督管理局]=郏市监})
 */
@ConfigurationProperties("fazhi.casework.numbering")
public record NumberingProperties(
        @DefaultValue(NumberPattern.DEFAULT) String pattern,
        @DefaultValue Map<DocumentKind, String> shortNames,
        @DefaultValue Map<String, String> agencyAbbreviations) {

    public NumberingProperties {
        NumberPattern.of(pattern);
        shortNames = shortNames.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(shortNames));
        agencyAbbreviations = Map.copyOf(agencyAbbreviations);
    }

    public static NumberingProperties defaults() {
        return new NumberingProperties(NumberPattern.DEFAULT, Map.of(), Map.of());
    }

    /** The short name of the kind's number series: the county's, or the default. */
    public String shortName(DocumentKind kind) {
        String shortName = shortNames.getOrDefault(kind, kind.defaultShortName());
        if (shortName == null) {
            throw new IllegalArgumentException(kind.title() + " carries the number of its decision, not one of its own");
        }
        return shortName;
    }
}
