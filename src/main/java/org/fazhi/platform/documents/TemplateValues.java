package org.fazhi.platform.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a template's placeholders hold, by the name written between the braces: single values, and the rows of a
 * table whose template row repeats ({@code {{物品.名称}}} is the column {@code 物品.名称} of table {@code 物品}).
 * A placeholder without a value prints as a blank line to fill in by hand.
 */
public interface TemplateValues {

    Optional<String> value(String name);

    /** The rows of a table, each keyed by its placeholders' full names; none when the table has no rows. */
    List<Map<String, String>> rows(String table);

    static TemplateValues of(Function<String, Optional<String>> values,
                             Function<String, List<Map<String, String>>> rows) {
        return new TemplateValues() {
            @Override
            public Optional<String> value(String name) {
                return values.apply(name);
            }

            @Override
            public List<Map<String, String>> rows(String table) {
                return rows.apply(table);
            }
        };
    }

    /** Single values only: a template without repeated rows. */
    static TemplateValues of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return of(name -> Optional.ofNullable(copy.get(name)), table -> List.of());
    }
}
