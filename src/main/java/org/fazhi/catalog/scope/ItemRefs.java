package org.fazhi.catalog.scope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads enforcement items from {@code catalog.item} (this module's table) for benchmarks and flexible lists. */
@Repository
public class ItemRefs {

    /** The columns of {@code catalog.item i} that make an {@link ItemRef}, for queries that join it. */
    public static final String COLUMNS = """
            i.id as item_id, i.region_code as item_region, i.agency_id, i.code as item_code, i.name as item_name,
            i.category, i.effective_from as item_from, i.effective_to as item_to""";

    /** Item {@code i} in force on the date ?. */
    public static final String IN_FORCE = "i.effective_from <= ?::date and (i.effective_to is null or i.effective_to >= ?::date)";

    private final JdbcClient jdbc;

    ItemRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ItemRef> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from catalog.item i where i.id = ?").param(id)
                .query((rs, row) -> map(rs)).optional();
    }

    /** The version of the item with this code that is in force on the day, in the county. */
    public Optional<ItemRef> findInForce(RegionCode county, String code, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from catalog.item i where i.region_code like ? and i.code = ? and "
                        + IN_FORCE + " order by i.effective_from desc limit 1")
                .params(county.value() + "%", code.strip(), day, day).query((rs, row) -> map(rs)).optional();
    }

    /** Items in the scope, in force on the day, of the categories given (all when none), for choosers. */
    public List<ItemRef> inForce(DataScope scope, LocalDate day, ItemCategory... categories) {
        List<Object> params = new ArrayList<>(List.of(scope.regionPattern(), day, day));
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from catalog.item i where i.region_code like ? and "
                + IN_FORCE);
        if (scope.isAgencyScoped()) {
            sql.append(" and i.agency_id = ?");
            params.add(scope.agencyId());
        }
        if (categories.length > 0) {
            sql.append(" and i.category in (").append(String.join(",", Collections.nCopies(categories.length, "?"))).append(")");
            for (ItemCategory category : categories) {
                params.add(category.name());
            }
        }
        return jdbc.sql(sql + " order by i.code").params(params).query((rs, row) -> map(rs)).list();
    }

    /** The {@link ItemRef} of a row selected with {@link #COLUMNS}. */
    public static ItemRef map(ResultSet rs) throws SQLException {
        return new ItemRef(rs.getLong("item_id"), new RegionCode(rs.getString("item_region")), rs.getLong("agency_id"),
                rs.getString("item_code"), rs.getString("item_name"), ItemCategory.valueOf(rs.getString("category")),
                rs.getObject("item_from", LocalDate.class), rs.getObject("item_to", LocalDate.class));
    }

    /** The where-clause part that keeps item {@code i} inside the scope; adds its parameters. */
    public static String scoped(DataScope scope, List<Object> params) {
        params.add(scope.regionPattern());
        if (scope.isAgencyScoped()) {
            params.add(scope.agencyId());
            return "i.region_code like ? and i.agency_id = ?";
        }
        return "i.region_code like ?";
    }
}
