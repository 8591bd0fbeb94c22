package org.fazhi.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may supervise (河南省行政执法条例: supervisors hold a 行政执法监督证): the officers of a county holding a
 * supervision certificate valid on a day, not suspended or revoked, and still on duty.
 */
@Service
public class SupervisionCertificates {

    /** A supervisor and the certificate that qualifies them. */
    public record Holder(long officerId, long agencyId, String name, String certificateNumber, LocalDate expiresOn) {
    }

    private static final String VALID_ON = """
            select o.id, o.agency_id, o.name, c.number, c.expires_on
              from registry.certificate c join registry.officer o on o.id = c.officer_id
             where c.kind = 'SUPERVISION' and c.status = 'VALID' and c.issued_on <= :day and c.expires_on >= :day
               and o.status = 'ACTIVE'""";

    private final JdbcClient jdbc;

    SupervisionCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's supervisors on {@code day}, by name. */
    public List<Holder> holdersIn(RegionCode county, LocalDate day) {
        return jdbc.sql(VALID_ON + " and c.region_code like :region order by o.name, o.id")
                .param("day", day).param("region", county.county().value() + "%")
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).list();
    }

    /** The officer's valid supervision certificate on {@code day}, if they hold one. */
    public Optional<Holder> of(long officerId, LocalDate day) {
        return jdbc.sql(VALID_ON + " and o.id = :officer order by c.expires_on desc limit 1")
                .param("day", day).param("officer", officerId)
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).optional();
    }
}
