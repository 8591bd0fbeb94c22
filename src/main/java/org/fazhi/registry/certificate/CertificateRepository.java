package org.fazhi.registry.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.certificate.AnnualReview.ReviewResult;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.fazhi.platform.PublishedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CertificateRepository {

    /**
     * What the certificate list filters by. {@code text} matches the number or the holder's name;
     * {@code expiringWithin} and {@code reviewOverdueYear} pick certificates needing attention.
     */
    public record Search(@Nullable String text, @Nullable Long agencyId, @Nullable CertificateKind kind,
                         @Nullable Standing standing, @Nullable Integer expiringWithin,
                         @Nullable Integer reviewOverdueYear) {
    }

    /** A list row: the certificate with its holder's name and agency. */
    public record Row(Certificate certificate, String officerName, String agencyName) {
    }

    private static final String COLUMNS = """
            c.id, c.region_code, c.agency_id, c.officer_id, c.kind, c.number, c.issued_on, c.expires_on, c.areas,
            c.status, c.status_reason, c.status_changed_on, c.version""";

    /** The standing on the date ?, in SQL: the same rule as {@link Certificate#standingOn}. */
    private static final String STANDING = """
            (case when c.status <> 'VALID' then c.status when c.issued_on > ?::date then 'NOT_YET_VALID'
                  when c.expires_on < ?::date then 'EXPIRED' else 'VALID' end)""";

    private final JdbcClient jdbc;
    private final PublishedContent published;

    CertificateRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    public Optional<Certificate> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.certificate c where c.id = ?").param(id)
                .query(CertificateRepository::map).optional();
    }

    public Optional<Certificate> findByNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from registry.certificate c where c.number = ?").param(number)
                .query(CertificateRepository::map).optional();
    }

    /**
     * The public roster (执法人员公示): each active officer of an active agency in the county with their latest
     * enforcement certificate that is not revoked, whatever its standing today; by agency and name.
     */
    public Page<Row> publicRoster(RegionCode county, @Nullable String name, @Nullable Long agencyId,
                                  PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(county.value() + "%"));
        StringBuilder where = new StringBuilder(" where o.region_code like ? and o.status = 'ACTIVE'");
        if (name != null && !name.isBlank()) {
            where.append(" and o.name like ?");
            params.add("%" + name.strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (agencyId != null) {
            where.append(" and o.agency_id = ?");
            params.add(agencyId);
        }
        String from = " " + """
                from registry.officer o join registry.agency a on a.id = o.agency_id and a.status = 'ACTIVE'
                 join lateral (select * from registry.certificate c where c.officer_id = o.id
                                  and c.kind = 'ENFORCEMENT' and c.status <> 'REVOKED'
                                order by c.expires_on desc limit 1) c on true""";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<Row> rows = jdbc.sql("select " + COLUMNS + ", o.name as officer_name, a.name as agency_name" + from
                        + where + " order by a.name, o.name, o.id limit ? offset ?")
                .params(params).query((rs, n) -> new Row(map(rs, n), rs.getString("officer_name"),
                        rs.getString("agency_name"))).list();
        return page.page(rows, total);
    }

    public List<Certificate> ofOfficer(long officerId) {
        return jdbc.sql("select " + COLUMNS + " from registry.certificate c where c.officer_id = ? order by c.issued_on desc")
                .param(officerId).query(CertificateRepository::map).list();
    }

    public Page<Row> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, today, params);
        String from = " from registry.certificate c join registry.officer o on o.id = c.officer_id"
                + " join registry.agency a on a.id = c.agency_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<Row> rows = jdbc.sql("select " + COLUMNS + ", o.name as officer_name, a.name as agency_name" + from
                        + where + " order by c.expires_on, c.number limit ? offset ?")
                .params(params)
                .query((rs, n) -> new Row(map(rs, n), rs.getString("officer_name"), rs.getString("agency_name")))
                .list();
        return page.page(rows, total);
    }

    /** Every certificate matching the search, unpaged: for exports. */
    public List<Row> all(DataScope scope, Search search, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, today, params);
        return jdbc.sql("select " + COLUMNS + ", o.name as officer_name, a.name as agency_name"
                        + " from registry.certificate c join registry.officer o on o.id = c.officer_id"
                        + " join registry.agency a on a.id = c.agency_id" + where + " order by c.number")
                .params(params)
                .query((rs, n) -> new Row(map(rs, n), rs.getString("officer_name"), rs.getString("agency_name")))
                .list();
    }

    private static String where(DataScope scope, Search search, LocalDate today, List<Object> params) {
        StringBuilder where = new StringBuilder(" where c.region_code like ?");
        params.add(scope.regionPattern());
        if (scope.isAgencyScoped()) {
            where.append(" and c.agency_id = ?");
            params.add(scope.agencyId());
        }
        if (search.text() != null && !search.text().isBlank()) {
            String like = "%" + search.text().strip().replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (c.number like ? or o.name like ?)");
            params.add(like);
            params.add(like);
        }
        if (search.agencyId() != null) {
            where.append(" and c.agency_id = ?");
            params.add(search.agencyId());
        }
        if (search.kind() != null) {
            where.append(" and c.kind = ?");
            params.add(search.kind().name());
        }
        if (search.standing() != null) {
            where.append(" and ").append(STANDING).append(" = ?");
            params.add(today);
            params.add(today);
            params.add(search.standing().name());
        }
        if (search.expiringWithin() != null) {
            where.append(" and c.status = 'VALID' and c.issued_on <= ?::date and c.expires_on between ?::date and ?::date");
            params.add(today);
            params.add(today);
            params.add(today.plusDays(search.expiringWithin()));
        }
        if (search.reviewOverdueYear() != null) {
            where.append(" and c.status = 'VALID' and c.issued_on <= ?::date and c.expires_on >= ?::date"
                    + " and extract(year from c.issued_on) < ?"
                    + " and not exists (select 1 from registry.annual_review r where r.certificate_id = c.id"
                    + " and r.review_year = ?)");
            params.add(today);
            params.add(today);
            params.add(search.reviewOverdueYear());
            params.add(search.reviewOverdueYear());
        }
        return where.toString();
    }

    long insert(Certificate certificate) {
        published.changed("registry");
        return jdbc.sql("""
                        insert into registry.certificate (region_code, agency_id, officer_id, kind, number, issued_on,
                                                          expires_on, areas, status, status_reason, status_changed_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?) returning id""")
                .params(certificate.region().value(), certificate.agencyId(), certificate.officerId(),
                        certificate.kind().name(), certificate.number(), certificate.issuedOn(),
                        certificate.expiresOn(), "{" + String.join(",", certificate.areas()) + "}",
                        certificate.status().name(), certificate.statusReason(), certificate.statusChangedOn())
                .query(Long.class).single();
    }

    /** Records a status decision if nobody changed the certificate since it was read. */
    boolean saveStatus(Certificate certificate) {
        published.changed("registry");
        return jdbc.sql("""
                        update registry.certificate set status = ?, status_reason = ?, status_changed_on = ?,
                               updated_at = now(), version = version + 1
                         where id = ? and version = ?""")
                .params(certificate.status().name(), certificate.statusReason(), certificate.statusChangedOn(),
                        certificate.id(), certificate.version())
                .update() == 1;
    }

    public List<AnnualReview> reviews(long certificateId) {
        return jdbc.sql("""
                        select id, certificate_id, review_year, result, reviewed_on, note from registry.annual_review
                         where certificate_id = ? order by review_year desc""")
                .param(certificateId)
                .query((rs, n) -> new AnnualReview(rs.getLong("id"), rs.getLong("certificate_id"),
                        rs.getInt("review_year"), ReviewResult.valueOf(rs.getString("result")),
                        rs.getObject("reviewed_on", LocalDate.class), rs.getString("note")))
                .list();
    }

    long insertReview(Certificate certificate, AnnualReview review) {
        published.changed("registry");
        return jdbc.sql("""
                        insert into registry.annual_review (region_code, agency_id, certificate_id, review_year,
                                                            result, reviewed_on, note)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(certificate.region().value(), certificate.agencyId(), certificate.id(), review.year(),
                        review.result().name(), review.reviewedOn(), review.note())
                .query(Long.class).single();
    }

    static Certificate map(ResultSet rs, int row) throws SQLException {
        java.sql.Array areas = rs.getArray("areas");
        return new Certificate(rs.getLong("id"), new RegionCode(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getLong("officer_id"), CertificateKind.valueOf(rs.getString("kind")),
                rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                areas == null ? List.of() : List.of((String[]) areas.getArray()),
                CertificateStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getObject("status_changed_on", LocalDate.class), rs.getInt("version"));
    }
}
