package org.fazhi.registry.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The county's list of enforcement areas (执法领域), by code and Chinese name. */
@Component
public class EnforcementAreas {

    private final JdbcClient jdbc;

    EnforcementAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Code → name, in a stable order. */
    public Map<String, String> all() {
        Map<String, String> areas = new LinkedHashMap<>();
        jdbc.sql("select code, name from registry.enforcement_area order by name").query(rs -> {
            areas.put(rs.getString("code"), rs.getString("name"));
        });
        return areas;
    }

    public boolean isKnown(String code) {
        return all().containsKey(code);
    }

    public Optional<String> codeOf(String name) {
        return all().entrySet().stream().filter(entry -> entry.getValue().equals(name.trim()))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * The codes of the areas a spreadsheet cell names (「市场监管、商务」); each unknown name is added to
     * {@code problems} against the {@code areas} field.
     */
    public List<String> codesIn(String cell, List<InvalidInput.FieldProblem> problems) {
        Map<String, String> byName = new LinkedHashMap<>();
        all().forEach((code, name) -> byName.put(name, code));
        List<String> codes = new ArrayList<>();
        for (String name : AreaNames.split(cell)) {
            String code = byName.get(name);
            if (code == null) {
                problems.add(InvalidInput.FieldProblem.of("areas", "registry.area.unknown", name));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Names for display, joined by the Chinese enumeration comma. */
    public String names(List<String> codes) {
        Map<String, String> areas = all();
        return String.join("、", codes.stream().map(code -> areas.getOrDefault(code, code)).toList());
    }
}
