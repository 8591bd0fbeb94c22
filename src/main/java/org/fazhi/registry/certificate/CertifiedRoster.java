package org.fazhi.registry.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.fazhi.registry.CertifiedOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The officers of some agencies who may enforce on a day, in one query: the same rules as
 * {@code CertifiedOfficers.eligibility} (officer on duty, agency active, enforcement certificate valid that day,
 * the 年审 due that year recorded when required), for directories of thousands of officers.
 */
@Repository
public class CertifiedRoster {

    /** The roster's rules, with room for one more condition on the officer. */
    private static final String QUERY = """
            select distinct on (o.id) o.id, o.agency_id, o.name, c.number, c.expires_on
              from registry.officer o
              join registry.agency a on a.id = o.agency_id and a.status = 'ACTIVE'
              join registry.certificate c on c.officer_id = o.id and c.kind = 'ENFORCEMENT' and c.status = 'VALID'
                   and c.issued_on <= :day and c.expires_on >= :day
             where o.status = 'ACTIVE' and o.agency_id in (:agencies) %s
               and (not :reviewRequired or extract(year from c.issued_on) >= :dueYear
                    or exists (select 1 from registry.annual_review r
                                where r.certificate_id = c.id and r.review_year = :dueYear))
             order by o.id, c.expires_on desc""";

    private final JdbcClient jdbc;

    CertifiedRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ordered by officer id; an officer with several qualifying certificates is listed with the longest-valid. */
    public List<CertifiedOfficer> on(Collection<Long> agencyIds, LocalDate day, int reviewYearDue,
                                     boolean reviewRequired) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(QUERY.formatted("")).param("day", day).param("agencies", agencyIds)
                .param("reviewRequired", reviewRequired).param("dueYear", reviewYearDue)
                .query(CertifiedRoster::officer).list();
    }

    /** As {@link #on}, only among {@code officerIds}: a case's two handlers without the agency's hundred officers. */
    public List<CertifiedOfficer> among(Collection<Long> officerIds, Collection<Long> agencyIds, LocalDate day,
                                        int reviewYearDue, boolean reviewRequired) {
        if (officerIds.isEmpty() || agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(QUERY.formatted("and o.id in (:officers)")).param("day", day).param("agencies", agencyIds)
                .param("officers", officerIds).param("reviewRequired", reviewRequired).param("dueYear", reviewYearDue)
                .query(CertifiedRoster::officer).list();
    }

    private static CertifiedOfficer officer(ResultSet rs, int row) throws SQLException {
        return new CertifiedOfficer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class));
    }
}
