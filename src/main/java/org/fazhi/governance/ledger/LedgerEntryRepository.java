package org.fazhi.governance.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entries of every ledger in {@code governance.ledger_entry}, always read within a county, a type and the caller's
 * scope. Choice filters match the jsonb values by containment ({@code field_values @> {"kind": "人民调解"}}); the
 * search looks in the lower-cased text of the searchable fields kept beside them.
 */
@Repository
class LedgerEntryRepository {

    static final String RECORD_TYPE = "governance.ledger-entry";
    private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            e.id, e.type_code, e.region_code, e.agency_id, e.entry_date, e.field_values::text, e.created_by,
            e.created_at, e.version""";
    private static final String SCOPE = """
            e.region_code = :county and e.type_code = :type
            and (cast(:scopeAgency as bigint) is null or e.agency_id = :scopeAgency)""";
    private static final String FILTERS = """
            and (cast(:agency as bigint) is null or e.agency_id = :agency)
            and (cast(:from as date) is null or e.entry_date >= :from)
            and (cast(:to as date) is null or e.entry_date <= :to)
            and (cast(:q as text) is null or strpos(e.search_text, :q) > 0)
            and e.field_values @> cast(:choices as jsonb)""";

    /** A list's filters: agency, period, search words and choice fields (field code → option, or true/false). */
    record Search(@Nullable Long agencyId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q,
                  Map<String, Object> choices) {

        Search {
            choices = Map.copyOf(choices);
        }

        static Search all() {
            return new Search(null, null, null, null, Map.of());
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LedgerEntryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(LedgerEntry entry, String searchText) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into governance.ledger_entry (region_code, type_code, agency_id, entry_date, field_values,
                                                     search_text, created_by)
                values (:county, :type, :agency, :date, cast(:values as jsonb), :search, :by)""")
                .param("county", entry.county().value()).param("type", entry.typeCode())
                .param("agency", entry.agencyId()).param("date", entry.date())
                .param("values", json.writeValueAsString(entry.values())).param("search", searchText)
                .param("by", entry.createdBy()).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Writes the revised values if nobody saved the entry since {@code entry.version()}; false otherwise. */
    boolean update(LedgerEntry entry, String searchText, String by) {
        return jdbc.sql("""
                update governance.ledger_entry
                   set agency_id = :agency, entry_date = :date, field_values = cast(:values as jsonb),
                       search_text = :search, updated_by = :by, updated_at = now(), version = version + 1
                 where id = :id and version = :version""")
                .param("agency", entry.agencyId()).param("date", entry.date())
                .param("values", json.writeValueAsString(entry.values())).param("search", searchText)
                .param("by", by).param("id", entry.id()).param("version", entry.version()).update() == 1;
    }

    Optional<LedgerEntry> find(DataScope scope, String type, long id) {
        return jdbc.sql("select " + COLUMNS + " from governance.ledger_entry e where e.id = :id and " + SCOPE)
                .params(scopeParams(scope, type)).param("id", id).query(this::entry).optional();
    }

    Page<LedgerEntry> search(DataScope scope, String type, Search search, PageRequest page) {
        Map<String, Object> params = searchParams(scope, type, search);
        long total = jdbc.sql("select count(*) from governance.ledger_entry e where " + SCOPE + FILTERS)
                .params(params).query(Long.class).single();
        List<LedgerEntry> items = jdbc.sql("select " + COLUMNS + " from governance.ledger_entry e where " + SCOPE
                        + FILTERS + " order by e.entry_date desc, e.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::entry).list();
        return page.page(items, total);
    }

    long count(RegionCode county, String type) {
        return jdbc.sql("select count(*) from governance.ledger_entry where region_code = :county and type_code = :type")
                .param("county", county.county().value()).param("type", type).query(Long.class).single();
    }

    private Map<String, Object> searchParams(DataScope scope, String type, Search search) {
        Map<String, Object> params = scopeParams(scope, type);
        params.put("agency", search.agencyId());
        params.put("from", search.from());
        params.put("to", search.to());
        params.put("q", search.q() == null || search.q().isBlank() ? null : search.q().strip().toLowerCase());
        params.put("choices", json.writeValueAsString(search.choices()));
        return params;
    }

    private static Map<String, Object> scopeParams(DataScope scope, String type) {
        Map<String, Object> params = new HashMap<>();
        params.put("county", scope.region().county().value());
        params.put("type", type);
        params.put("scopeAgency", scope.agencyId());
        return params;
    }

    private LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        Long agency = rs.getObject("agency_id", Long.class);
        return new LedgerEntry(rs.getLong("id"), rs.getString("type_code"), RegionCode.of(rs.getString("region_code")),
                agency, rs.getObject("entry_date", LocalDate.class),
                json.readValue(rs.getString("field_values"), VALUES), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }
}
