package org.fazhi.registry.officer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.fazhi.platform.PublishedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfficerRepository {

    /** What the officer list filters by; null means "any". {@code certified} asks for a valid certificate today. */
    public record Search(@Nullable String name, @Nullable Long agency, @Nullable OfficerPost post,
                         @Nullable OfficerStatus status, @Nullable Boolean certified) {
    }

    /** An officer as a list row: with agency name and current enforcement certificate. */
    public record Row(Officer officer, String agencyName, @Nullable String certificateNumber,
                      @Nullable LocalDate certificateExpiresOn) {
    }

    /** What is stored for an ID number: ciphertext, keyed hash and masked form. */
    public record StoredIdNumber(String cipher, String hash, String masked) {
    }

    private static final String COLUMNS = """
            o.id, o.region_code, o.agency_id, o.name, o.id_number_masked, o.post, o.establishment, o.areas,
            o.status, o.version""";

    /** A certificate valid on the date ?: the condition other queries reuse. */
    static final String VALID_CERTIFICATE = """
            c.officer_id = o.id and c.kind = 'ENFORCEMENT' and c.status = 'VALID'
            and c.issued_on <= ?::date and c.expires_on >= ?::date""";

    private final JdbcClient jdbc;
    private final PublishedContent published;

    OfficerRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    public Optional<Officer> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.officer o where o.id = ?").param(id)
                .query(OfficerRepository::map).optional();
    }

    public Optional<Officer> findByIdNumberHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from registry.officer o where o.id_number_hash = ?").param(hash)
                .query(OfficerRepository::map).optional();
    }

    public Optional<String> idNumberCipher(long id) {
        return jdbc.sql("select id_number_cipher from registry.officer where id = ?").param(id)
                .query(String.class).optional();
    }

    public List<Officer> all(DataScope scope) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, new Search(null, null, null, null, null), params, LocalDate.now());
        return jdbc.sql("select " + COLUMNS + " from registry.officer o" + where + " order by o.agency_id, o.name")
                .params(params).query(OfficerRepository::map).list();
    }

    public Page<Row> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params, today);
        long total = jdbc.sql("select count(*) from registry.officer o" + where).params(params)
                .query(Long.class).single();
        List<Object> rowParams = new ArrayList<>(List.of(today, today));
        rowParams.addAll(params);
        rowParams.add(page.size());
        rowParams.add(page.offset());
        List<Row> rows = jdbc.sql("select " + COLUMNS + ", a.name as agency_name, cert.number, cert.expires_on"
                        + " from registry.officer o join registry.agency a on a.id = o.agency_id"
                        + " left join lateral (select c.number, c.expires_on from registry.certificate c where "
                        + VALID_CERTIFICATE + " order by c.expires_on desc limit 1) cert on true"
                        + where + " order by a.name, o.name limit ? offset ?")
                .params(rowParams)
                .query((rs, n) -> new Row(map(rs, n), rs.getString("agency_name"), rs.getString("number"),
                        rs.getObject("expires_on", LocalDate.class)))
                .list();
        return page.page(rows, total);
    }

    /** Every officer matching the search with the agency's name, unpaged: for exports. */
    public List<Row> all(DataScope scope, Search search, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params, today);
        return jdbc.sql("select " + COLUMNS + ", a.name as agency_name from registry.officer o"
                        + " join registry.agency a on a.id = o.agency_id" + where + " order by a.name, o.name")
                .params(params)
                .query((rs, n) -> new Row(map(rs, n), rs.getString("agency_name"), null, null)).list();
    }

    private static String where(DataScope scope, Search search, List<Object> params, LocalDate today) {
        StringBuilder where = new StringBuilder(" where o.region_code like ?");
        params.add(scope.regionPattern());
        if (scope.isAgencyScoped()) {
            where.append(" and o.agency_id = ?");
            params.add(scope.agencyId());
        }
        if (search.name() != null && !search.name().isBlank()) {
            where.append(" and o.name like ?");
            params.add("%" + search.name().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.agency() != null) {
            where.append(" and o.agency_id = ?");
            params.add(search.agency());
        }
        if (search.post() != null) {
            where.append(" and o.post = ?");
            params.add(search.post().name());
        }
        if (search.status() != null) {
            where.append(" and o.status = ?");
            params.add(search.status().name());
        }
        if (search.certified() != null) {
            where.append(search.certified() ? " and exists" : " and not exists")
                    .append(" (select 1 from registry.certificate c where ").append(VALID_CERTIFICATE).append(")");
            params.add(today);
            params.add(today);
        }
        return where.toString();
    }

    long insert(Officer officer, StoredIdNumber idNumber) {
        published.changed("registry");
        return jdbc.sql("""
                        insert into registry.officer (region_code, agency_id, name, id_number_cipher, id_number_hash,
                                                      id_number_masked, post, establishment, areas, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?) returning id""")
                .params(officer.region().value(), officer.agencyId(), officer.name(), idNumber.cipher(),
                        idNumber.hash(), idNumber.masked(), officer.post().name(), officer.establishment().name(),
                        "{" + String.join(",", officer.areas()) + "}", officer.status().name())
                .query(Long.class).single();
    }

    boolean update(Officer officer, @Nullable StoredIdNumber newIdNumber) {
        published.changed("registry");
        if (newIdNumber != null) {
            jdbc.sql("update registry.officer set id_number_cipher = ?, id_number_hash = ?, id_number_masked = ? where id = ?")
                    .params(newIdNumber.cipher(), newIdNumber.hash(), newIdNumber.masked(), officer.id()).update();
        }
        return jdbc.sql("""
                        update registry.officer set region_code = ?, agency_id = ?, name = ?, post = ?,
                               establishment = ?, areas = ?::text[], status = ?, updated_at = now(),
                               version = version + 1
                         where id = ? and version = ?""")
                .params(officer.region().value(), officer.agencyId(), officer.name(), officer.post().name(),
                        officer.establishment().name(), "{" + String.join(",", officer.areas()) + "}",
                        officer.status().name(), officer.id(), officer.version())
                .update() == 1;
    }

    static Officer map(ResultSet rs, int row) throws SQLException {
        java.sql.Array areas = rs.getArray("areas");
        return new Officer(rs.getLong("id"), new RegionCode(rs.getString("region_code")), rs.getLong("agency_id"),
                rs.getString("name"), rs.getString("id_number_masked"), OfficerPost.valueOf(rs.getString("post")),
                Establishment.valueOf(rs.getString("establishment")),
                areas == null ? List.of() : List.of((String[]) areas.getArray()),
                OfficerStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
