package org.fazhi.entities.industry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** GB/T 4754-2017 sections and divisions, read once: they change with the standard, not with the county. */
@Component
public class Industries {

    /** A section ("C 制造业") or division ("C13 农副食品加工业"). */
    public record Industry(String code, String name, String section) {

        public boolean isSection() {
            return code.length() == 1;
        }

        public String label() {
            return code + " " + name;
        }
    }

    private final List<Industry> all;

    Industries(JdbcClient jdbc) {
        this.all = jdbc.sql("select code, name, section from entities.industry order by code")
                .query((rs, n) -> new Industry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<Industry> all() {
        return all;
    }

    public List<Industry> sections() {
        return all.stream().filter(Industry::isSection).toList();
    }

    /** Code → name. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(industry -> names.put(industry.code(), industry.name()));
        return names;
    }

    /** Codes, divisions' digits ("52") and divisions' names to the code: what an import cell may contain. */
    public Map<String, String> byCodeOrName() {
        Map<String, String> lookup = new LinkedHashMap<>();
        all.forEach(industry -> {
            lookup.put(industry.code(), industry.code());
            if (!industry.isSection()) {
                lookup.put(industry.code().substring(1), industry.code());
                lookup.putIfAbsent(industry.name(), industry.code());
            }
        });
        return lookup;
    }
}
