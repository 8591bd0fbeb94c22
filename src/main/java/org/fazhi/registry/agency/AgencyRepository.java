package org.fazhi.registry.agency;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.Page;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AgencyRepository {

    /** What the agency list filters by; null or blank means "any". */
    public record Search(@Nullable String name, @Nullable AgencyKind kind, @Nullable String region,
                         @Nullable AgencyStatus status) {

        public static Search all() {
            return new Search(null, null, null, null);
        }
    }

    private static final String COLUMNS = """
            id, region_code, name, kind, credit_code, legal_basis, duties, address, phone, complaint_phone, entrusted_by,
            areas, status, version""";

    private final JdbcClient jdbc;
    private final PublishedContent published;

    AgencyRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    public Optional<Agency> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.agency where id = ?").param(id)
                .query(AgencyRepository::map).optional();
    }

    public Optional<Agency> findByCreditCode(String creditCode) {
        return jdbc.sql("select " + COLUMNS + " from registry.agency where credit_code = ?").param(creditCode)
                .query(AgencyRepository::map).optional();
    }

    public Optional<Agency> findByName(RegionCode county, String name) {
        return jdbc.sql("select " + COLUMNS + " from registry.agency where region_code like ? and name = ?")
                .params(county.value() + "%", name).query(AgencyRepository::map).optional();
    }

    public Page<Agency> search(DataScope scope, Search search, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        long total = jdbc.sql("select count(*) from registry.agency" + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<Agency> rows = jdbc.sql("select " + COLUMNS + " from registry.agency" + where
                        + " order by region_code, kind, name limit ? offset ?")
                .params(params).query(AgencyRepository::map).list();
        return page.page(rows, total);
    }

    public List<Agency> all(DataScope scope) {
        return all(scope, Search.all());
    }

    /** Every agency matching the search, unpaged: for exports. */
    public List<Agency> all(DataScope scope, Search search) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        return jdbc.sql("select " + COLUMNS + " from registry.agency" + where + " order by region_code, kind, name")
                .params(params).query(AgencyRepository::map).list();
    }

    private static String where(DataScope scope, Search search, List<Object> params) {
        StringBuilder where = new StringBuilder(" where region_code like ?");
        params.add(scope.regionPattern());
        if (scope.isAgencyScoped()) {
            where.append(" and id = ?");
            params.add(scope.agencyId());
        }
        if (search.name() != null && !search.name().isBlank()) {
            where.append(" and name like ?");
            params.add("%" + search.name().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.kind() != null) {
            where.append(" and kind = ?");
            params.add(search.kind().name());
        }
        if (search.region() != null && !search.region().isBlank()) {
            where.append(" and region_code = ?");
            params.add(search.region());
        }
        if (search.status() != null) {
            where.append(" and status = ?");
            params.add(search.status().name());
        }
        return where.toString();
    }

    long insert(Agency agency) {
        published.changed("registry");
        return jdbc.sql("""
                        insert into registry.agency (region_code, name, kind, credit_code, legal_basis, duties, address,
                                                     phone, complaint_phone, entrusted_by, areas, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?) returning id""")
                .params(agency.region().value(), agency.name(), agency.kind().name(), agency.creditCode().value(),
                        agency.legalBasis(), agency.duties(), agency.contact().address(), agency.contact().phone(),
                        agency.contact().complaintPhone(), agency.entrustedBy(), arrayLiteral(agency.areas()),
                        agency.status().name())
                .query(Long.class).single();
    }

    /** Saves the agency if nobody changed it since {@code agency.version()} was read; false otherwise. */
    boolean update(Agency agency) {
        published.changed("registry");
        return jdbc.sql("""
                        update registry.agency set region_code = ?, name = ?, kind = ?, credit_code = ?,
                               legal_basis = ?, duties = ?, address = ?, phone = ?, complaint_phone = ?,
                               entrusted_by = ?, areas = ?::text[], status = ?,
                               updated_at = now(), version = version + 1
                         where id = ? and version = ?""")
                .params(agency.region().value(), agency.name(), agency.kind().name(), agency.creditCode().value(),
                        agency.legalBasis(), agency.duties(), agency.contact().address(), agency.contact().phone(),
                        agency.contact().complaintPhone(), agency.entrustedBy(), arrayLiteral(agency.areas()),
                        agency.status().name(), agency.id(), agency.version())
                .update() == 1;
    }

    /** A PostgreSQL array literal for a list of codes; codes are checked before they get here. */
    static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    static List<String> codes(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Agency map(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getLong("id"), new RegionCode(rs.getString("region_code")), rs.getString("name"),
                AgencyKind.valueOf(rs.getString("kind")), new CreditCode(rs.getString("credit_code")),
                rs.getString("legal_basis"), rs.getString("duties"),
                new AgencyContact(rs.getString("address"), rs.getString("phone"), rs.getString("complaint_phone")),
                rs.getObject("entrusted_by", Long.class), codes(rs, "areas"),
                AgencyStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
