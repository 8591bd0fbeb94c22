package org.fazhi.casework.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.platform.documents.TemplateValues;
import org.fazhi.registry.AgencyLetterhead;
import org.jspecify.annotations.Nullable;

/**
 * What a document says: the text of each placeholder, and the rows of its tables (the items of a 查封（扣押）清单).
 * A placeholder without a value renders as a blank to fill by hand; one given the empty text renders as nothing
 * (an enterprise's {@code 身份证件号码}). Immutable: {@link #with} and {@link #withRow} return a new value.
 *
 * @param values single values, none of them a row placeholder
 * @param tables rows by table name, each row's placeholders all of that table
 */
public record DocumentFields(Map<Placeholder, String> values, Map<String, List<Map<Placeholder, String>>> tables) {

    public DocumentFields {
        values = Map.copyOf(values);
        values.keySet().stream().filter(placeholder -> placeholder.table() != null).findAny().ifPresent(row -> {
            throw new IllegalArgumentException(row.text() + " is a row placeholder: give it with withRow");
        });
        Map<String, List<Map<Placeholder, String>>> copied = new LinkedHashMap<>();
        tables.forEach((table, rows) -> {
            rows.forEach(row -> requireTable(table, row));
            copied.put(table, rows.stream().map(Map::copyOf).toList());
        });
        tables = Map.copyOf(copied);
    }

    public static DocumentFields none() {
        return new DocumentFields(Map.of(), Map.of());
    }

    /**
     * What a document says of the agency issuing it: its name, office address and telephone. What the registry does
     * not hold yet stays a blank to fill by hand rather than an empty text.
     */
    public static DocumentFields letterhead(Optional<AgencyLetterhead> agency) {
        return none().with(Placeholder.AGENCY_NAME, agency.map(AgencyLetterhead::name).orElse(null))
                .with(Placeholder.AGENCY_ADDRESS, agency.map(AgencyLetterhead::address).filter(a -> !a.isBlank())
                        .orElse(null))
                .with(Placeholder.AGENCY_PHONE, agency.map(AgencyLetterhead::phone).filter(p -> !p.isBlank())
                        .orElse(null));
    }

    /** These fields with one more value; a null value leaves the placeholder without one (a blank). */
    public DocumentFields with(Placeholder placeholder, @Nullable String value) {
        Map<Placeholder, String> more = new EnumMap<>(Placeholder.class);
        more.putAll(values);
        if (value == null) {
            more.remove(placeholder);
        } else {
            more.put(placeholder, value);
        }
        return new DocumentFields(more, tables);
    }

    /** These fields with one more row at the end of the table its placeholders belong to. */
    public DocumentFields withRow(Map<Placeholder, String> row) {
        String table = row.keySet().stream().map(Placeholder::table).findFirst().orElseThrow(
                () -> new IllegalArgumentException("a row needs at least one value"));
        Map<String, List<Map<Placeholder, String>>> more = new LinkedHashMap<>(tables);
        List<Map<Placeholder, String>> rows = new ArrayList<>(tables.getOrDefault(table, List.of()));
        rows.add(row);
        more.put(table, rows);
        return new DocumentFields(values, more);
    }

    /** The value of a placeholder by its name in a template; empty when it has none or the name is unknown. */
    Optional<String> value(String name) {
        return Placeholder.named(name).map(values::get);
    }

    List<Map<Placeholder, String>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    /** These fields as the template filling reads them: by the placeholders' names. */
    TemplateValues byName() {
        return TemplateValues.of(this::value, table -> rows(table).stream().map(DocumentFields::byName).toList());
    }

    private static Map<String, String> byName(Map<Placeholder, String> row) {
        Map<String, String> named = new LinkedHashMap<>();
        row.forEach((placeholder, value) -> named.put(placeholder.text(), value));
        return named;
    }

    private static void requireTable(@Nullable String table, Map<Placeholder, String> row) {
        row.keySet().stream().filter(placeholder -> table == null || !table.equals(placeholder.table())).findAny()
                .ifPresent(stranger -> {
                    throw new IllegalArgumentException(stranger.text() + " is not a placeholder of table " + table);
                });
    }
}
