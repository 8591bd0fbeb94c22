package org.fazhi.registry.area;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Names for display, joined by the Chinese enumeration comma. */
    public String names(List<String> codes) {
        Map<String, String> areas = all();
        return String.join("、", codes.stream().map(code -> areas.getOrDefault(code, code)).toList());
    }
}
