package org.fazhi.casework.document;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an issued document says, kept as JSON beside its number: placeholders by their names as written in the
 * templates ({@code 当事人名称}), which the county's templates already depend on, so they never change meaning.
 */
public final class FieldsSnapshot {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Stored(Map<String, String> values, Map<String, List<Map<String, String>>> tables) {
    }

    private FieldsSnapshot() {
    }

    public static String toJson(DocumentFields fields) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        fields.tables().forEach((table, rows) -> tables.put(table, rows.stream().map(FieldsSnapshot::byName).toList()));
        return JSON.writeValueAsString(new Stored(byName(fields.values()), tables));
    }

    /** The fields as kept; a name no placeholder has any more is left out (its place prints blank). */
    public static DocumentFields fromJson(String json) {
        Stored stored = JSON.readValue(json, new TypeReference<Stored>() { });
        DocumentFields fields = new DocumentFields(byPlaceholder(stored.values()), Map.of());
        for (List<Map<String, String>> rows : stored.tables().values()) {
            for (Map<String, String> row : rows) {
                Map<Placeholder, String> values = byPlaceholder(row);
                if (!values.isEmpty()) {
                    fields = fields.withRow(values);
                }
            }
        }
        return fields;
    }

    private static Map<String, String> byName(Map<Placeholder, String> values) {
        Map<String, String> named = new LinkedHashMap<>();
        values.forEach((placeholder, value) -> named.put(placeholder.text(), value));
        return named;
    }

    private static Map<Placeholder, String> byPlaceholder(Map<String, String> named) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        named.forEach((name, value) -> Placeholder.named(name).ifPresent(placeholder -> values.put(placeholder, value)));
        return values;
    }
}
