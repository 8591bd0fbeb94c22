package org.fazhi.catalog.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Item versions with their legal bases and delegations; every list query takes the caller's data scope. */
@Repository
public class ItemRepository {

    /**
     * What the item list filters by; null or blank means "any". Without {@code history} only the versions
     * in force {@code on} a day are listed; with it, every version. Bound from the list's query parameters.
     */
    public record Search(@Nullable String text, @Nullable Long agency, @Nullable ItemCategory category,
                         @Nullable Boolean enterprise, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                         @Nullable Boolean history) {

        public static Search inForceOn(LocalDate day) {
            return new Search(null, null, null, null, day, false);
        }

        /** The same search, as of {@code today} when no day was asked for. */
        public Search asOf(LocalDate today) {
            return on != null ? this : new Search(text, agency, category, enterprise, today, history);
        }
    }

    private static final String COLUMNS = """
            id, region_code, agency_id, code, name, category, enterprise_related, effective_from, effective_to,
            version""";

    private final JdbcClient jdbc;
    private final PublishedContent published;
    private final ItemParts parts;

    ItemRepository(JdbcClient jdbc, ItemParts parts, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
        this.parts = parts;
    }

    public Optional<EnforcementItem> find(long id) {
        return complete(jdbc.sql("select " + COLUMNS + " from catalog.item where id = ?").param(id)
                .query(ItemRepository::map).list()).stream().findFirst();
    }

    /** The versions among {@code ids} that exist, in no particular order: one query for a task's cited items. */
    public List<EnforcementItem> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return complete(jdbc.sql("select " + COLUMNS + " from catalog.item where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(ItemRepository::map).list());
    }

    /** Every version of a code on a county's list. */
    public ItemHistory history(RegionCode county, String code) {
        return new ItemHistory(complete(jdbc.sql("select " + COLUMNS
                        + " from catalog.item where region_code = ? and code = ? order by effective_from")
                .params(county.value(), code).query(ItemRepository::map).list()));
    }

    public Page<EnforcementItem> search(DataScope scope, Search search, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        long total = jdbc.sql("select count(*) from catalog.item" + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<EnforcementItem> rows = jdbc.sql("select " + COLUMNS + " from catalog.item" + where
                        + " order by code, effective_from desc limit ? offset ?")
                .params(params).query(ItemRepository::map).list();
        return page.page(complete(rows), total);
    }

    /** Every version matching the search, unpaged: for exports and other modules' lookups. */
    public List<EnforcementItem> all(DataScope scope, Search search) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        return complete(jdbc.sql("select " + COLUMNS + " from catalog.item" + where + " order by code, effective_from")
                .params(params).query(ItemRepository::map).list());
    }

    public boolean isEmpty(RegionCode county) {
        return jdbc.sql("select not exists (select 1 from catalog.item where region_code = ?)").param(county.value())
                .query(Boolean.class).single();
    }

    long insert(EnforcementItem item) {
        published.changed("catalog");
        long id = jdbc.sql("""
                        insert into catalog.item (region_code, agency_id, code, name, category, enterprise_related,
                                                  effective_from, effective_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(item.region().value(), item.agencyId(), item.code(), item.name(), item.category().name(),
                        item.enterpriseRelated(), item.effectiveFrom(), item.effectiveTo())
                .query(Long.class).single();
        parts.replace(id, item);
        return id;
    }

    /** Saves the version if nobody changed it since {@code item.version()} was read; false otherwise. */
    boolean update(EnforcementItem item) {
        published.changed("catalog");
        int updated = jdbc.sql("""
                        update catalog.item set agency_id = ?, code = ?, name = ?, category = ?, enterprise_related = ?,
                               effective_from = ?, effective_to = ?, updated_at = now(), version = version + 1
                         where id = ? and version = ?""")
                .params(item.agencyId(), item.code(), item.name(), item.category().name(), item.enterpriseRelated(),
                        item.effectiveFrom(), item.effectiveTo(), item.id(), item.version())
                .update();
        if (updated == 1) {
            parts.replace(item.id(), item);
        }
        return updated == 1;
    }

    /**
     * Counts a change to the version's checklist as a change to the version (its {@code version} moves on) if nobody
     * changed it since {@code version} was read; false otherwise. A negative {@code version} skips the check (an
     * import, which reads nothing first).
     */
    public boolean touch(long id, int version) {
        published.changed("catalog");
        return jdbc.sql("""
                        update catalog.item set updated_at = now(), version = version + 1
                         where id = ? and (? < 0 or version = ?)""")
                .params(id, version, version).update() == 1;
    }

    private static String where(DataScope scope, Search search, List<Object> params) {
        StringBuilder where = new StringBuilder(" where region_code = ?");
        params.add(scope.region().county().value());
        if (scope.isAgencyScoped()) {
            where.append(" and agency_id = ?");
            params.add(scope.agencyId());
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" and (code ilike ? or name like ?)");
            String pattern = "%" + search.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (search.agency() != null) {
            where.append(" and agency_id = ?");
            params.add(search.agency());
        }
        if (search.category() != null) {
            where.append(" and category = ?");
            params.add(search.category().name());
        }
        if (search.enterprise() != null) {
            where.append(" and enterprise_related = ?");
            params.add(search.enterprise());
        }
        if (!Boolean.TRUE.equals(search.history()) && search.on() != null) {
            where.append(" and effective_from <= ? and (effective_to is null or effective_to >= ?)");
            params.add(search.on());
            params.add(search.on());
        }
        return where.toString();
    }

    /** The rows with their legal bases and delegations, read in two queries for the lot. */
    private List<EnforcementItem> complete(List<EnforcementItem> rows) {
        List<Long> ids = rows.stream().map(EnforcementItem::id).toList();
        Map<Long, List<LegalBasis>> bases = parts.legalBases(ids);
        Map<Long, List<Delegation>> delegations = parts.delegations(ids);
        return rows.stream().map(item -> new EnforcementItem(item.id(), item.region(), item.agencyId(), item.code(),
                item.name(), item.category(), item.enterpriseRelated(), item.effectiveFrom(), item.effectiveTo(),
                bases.getOrDefault(item.id(), List.of()), delegations.getOrDefault(item.id(), List.of()),
                item.version())).toList();
    }

    private static EnforcementItem map(ResultSet rs, int row) throws SQLException {
        return new EnforcementItem(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getString("code"), rs.getString("name"),
                ItemCategory.valueOf(rs.getString("category")), rs.getBoolean("enterprise_related"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                List.of(), List.of(), rs.getInt("version"));
    }
}
