package org.fazhi.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of the registry's named records (agencies, officers) by id, in one read: what the directories give other
 * modules to put names beside ids in lists, alerts and reports.
 */
@Component
class NamesById {

    /** A registry table whose rows have a name; the only tables this query reads. */
    enum Named {
        AGENCY("registry.agency"), OFFICER("registry.officer");

        private final String table;

        Named(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;

    NamesById(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of these records, by id (an id not found is absent). */
    Map<Long, String> of(Named named, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from " + named.table + " where id = any(?)")
                    .param(ids.stream().distinct().toArray(Long[]::new))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }
}
