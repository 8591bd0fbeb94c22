package org.fazhi.disclosure.publication;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.disclosure.PublicationExpired;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published ones whose period ended, locked by the watch's transaction before it expires them: exactly these
 * rows then change state (nobody can withdraw one in between), and each is announced as it goes.
 */
@Repository
class ExpiringPublications {

    private final JdbcClient jdbc;

    ExpiringPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublicationExpired> lockPastPeriod(LocalDate today) {
        return jdbc.sql("""
                select id, case_id, decision_number, agency_id, region_code, published_on, expires_on
                  from disclosure.publication where state = 'PUBLISHED' and expires_on < ? order by id for update""")
                .param(today)
                .query((rs, n) -> new PublicationExpired(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("decision_number"), rs.getLong("agency_id"),
                        RegionCode.of(rs.getString("region_code")), rs.getObject("published_on", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class), today))
                .list();
    }
}
