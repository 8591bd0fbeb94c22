package org.fazhi.governance.ledger;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A ledger declaration as written in JSON (a shipped resource file or a county's own), before its checks: every
 * part may be missing, so {@link DeclarationCheck} can say in Chinese what is wrong instead of a parser error.
 */
record DeclarationDocument(@Nullable String code, @Nullable String name, @Nullable String description,
                           @Nullable String dateField, @Nullable String agencyField, @Nullable List<Field> fields,
                           @Nullable List<Figure> indicators) {

    record Field(@Nullable String code, @Nullable String label, @Nullable String type, @Nullable Boolean required,
                 @Nullable Long min, @Nullable Long max, @Nullable Integer maxLength, @Nullable String pattern,
                 @Nullable List<String> options, @Nullable Boolean listed, @Nullable Boolean searchable) {
    }

    record Figure(@Nullable String code, @Nullable String name, @Nullable String formula, @Nullable String unit,
                  @Nullable Measure numerator, @Nullable Measure denominator) {
    }

    record Measure(@Nullable String field, @Nullable List<String> values, @Nullable String sum,
                   @Nullable String filled, @Nullable String distinct) {
    }
}
