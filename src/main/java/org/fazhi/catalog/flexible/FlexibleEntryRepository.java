package org.fazhi.catalog.flexible;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flexible-list entries, each joined to its item for scope and naming. */
@Repository
public class FlexibleEntryRepository {

    /** What the list filters by; null means "any". {@code inForce} asks for entries in force on the given day. */
    public record Search(@Nullable FlexibleListKind listKind, @Nullable Long agency, @Nullable Long item,
                         @Nullable Boolean inForce) {

        public static Search all() {
            return new Search(null, null, null, null);
        }
    }

    private static final String FROM = " from catalog.flexible_entry e join catalog.item i on i.id = e.item_id";
    private static final String SELECT = """
            select e.id, e.list_kind, e.circumstances, e.conditions, e.legal_basis, e.effective_from, e.effective_to,
                   e.version, """ + ItemRefs.COLUMNS + FROM;
    /** Lists in the order of {@link FlexibleListKind}, then by item. */
    private static final String ORDER = " order by array_position(array['" + String.join("','",
            Arrays.stream(FlexibleListKind.values()).map(Enum::name).toList()) + "'], e.list_kind), i.code, e.effective_from, e.id";
    private static final String ENTRY_IN_FORCE =
            "e.effective_from <= ?::date and (e.effective_to is null or e.effective_to >= ?::date)";

    private final JdbcClient jdbc;
    private final PublishedContent published;

    FlexibleEntryRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    public Optional<FlexibleEntry> find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(FlexibleEntryRepository::map).optional();
    }

    public Page<FlexibleEntry> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, today, params);
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<FlexibleEntry> rows = jdbc.sql(SELECT + where + ORDER + " limit ? offset ?").params(params)
                .query(FlexibleEntryRepository::map).list();
        return page.page(rows, total);
    }

    /** Every entry matching the search, unpaged: for exports. */
    public List<FlexibleEntry> all(DataScope scope, Search search, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, today, params);
        return jdbc.sql(SELECT + where + ORDER).params(params).query(FlexibleEntryRepository::map).list();
    }

    /** The entries of an item in force on the day, whatever the scope: for casework and the public. */
    public List<FlexibleEntry> inForceFor(long itemId, LocalDate day) {
        return jdbc.sql(SELECT + " where e.item_id = ? and " + ENTRY_IN_FORCE + ORDER).params(itemId, day, day)
                .query(FlexibleEntryRepository::map).list();
    }

    /** Entries in force on the day, of the county's items in force: what the public portal shows. */
    public List<FlexibleEntry> publicInForce(RegionCode county, LocalDate day) {
        return jdbc.sql(SELECT + " where i.region_code like ? and " + ENTRY_IN_FORCE + " and " + ItemRefs.IN_FORCE + ORDER)
                .params(county.value() + "%", day, day, day, day).query(FlexibleEntryRepository::map).list();
    }

    public boolean existsAny() {
        return jdbc.sql("select exists (select 1 from catalog.flexible_entry)").query(Boolean.class).single();
    }

    long insert(FlexibleEntry entry) {
        published.changed("catalog");
        return jdbc.sql("""
                        insert into catalog.flexible_entry (region_code, list_kind, item_id, circumstances, conditions,
                                                            legal_basis, effective_from, effective_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(entry.region().value(), entry.listKind().name(), entry.item().id(), entry.circumstances(),
                        entry.conditions(), entry.legalBasis(), entry.effectiveFrom(), entry.effectiveTo())
                .query(Long.class).single();
    }

    /** Saves the entry if nobody changed it since {@code entry.version()} was read; false otherwise. */
    boolean update(FlexibleEntry entry) {
        published.changed("catalog");
        return jdbc.sql("""
                        update catalog.flexible_entry set region_code = ?, list_kind = ?, item_id = ?, circumstances = ?,
                               conditions = ?, legal_basis = ?, effective_from = ?, effective_to = ?,
                               version = version + 1
                         where id = ? and version = ?""")
                .params(entry.region().value(), entry.listKind().name(), entry.item().id(), entry.circumstances(),
                        entry.conditions(), entry.legalBasis(), entry.effectiveFrom(), entry.effectiveTo(),
                        entry.id(), entry.version())
                .update() == 1;
    }

    private static String where(DataScope scope, Search search, LocalDate today, List<Object> params) {
        StringBuilder where = new StringBuilder(" where ").append(ItemRefs.scoped(scope, params));
        if (search.listKind() != null) {
            where.append(" and e.list_kind = ?");
            params.add(search.listKind().name());
        }
        if (search.agency() != null) {
            where.append(" and i.agency_id = ?");
            params.add(search.agency());
        }
        if (search.item() != null) {
            where.append(" and e.item_id = ?");
            params.add(search.item());
        }
        if (search.inForce() != null) {
            where.append(search.inForce() ? " and " : " and not ").append("(" + ENTRY_IN_FORCE + ")");
            params.add(today);
            params.add(today);
        }
        return where.toString();
    }

    private static FlexibleEntry map(ResultSet rs, int row) throws SQLException {
        return new FlexibleEntry(rs.getLong("id"), FlexibleListKind.valueOf(rs.getString("list_kind")), ItemRefs.map(rs),
                rs.getString("circumstances"), rs.getString("conditions"), rs.getString("legal_basis"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                rs.getInt("version"));
    }
}
