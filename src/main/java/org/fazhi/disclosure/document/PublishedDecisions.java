package org.fazhi.disclosure.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decisions the public may read: published, or published and withdrawn since (shown with the withdrawal). A
 * pending, expired, or never-published one is not found, whatever its id.
 */
@Component
class PublishedDecisions {

    private final JdbcClient jdbc;
    private final AgencyOptions agencies;
    private final Clock clock;

    PublishedDecisions(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    Optional<PublishedDecision> find(long id) {
        return jdbc.sql("""
                select id, decision_number, agency_id, region_code, decided_on, decision_kind, redacted_text,
                       withdrawn_at, withdrawal_reason
                  from disclosure.publication
                 where id = ? and published_at is not null and state in ('PUBLISHED', 'WITHDRAWN')""")
                .param(id).query((rs, n) -> decision(rs)).optional();
    }

    private PublishedDecision decision(ResultSet rs) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        List<String> paragraphs = Arrays.stream(rs.getString("redacted_text").split("\n"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new PublishedDecision(rs.getLong("id"), title(rs.getString("decision_kind")),
                rs.getString("decision_number"), agencyName(rs.getLong("agency_id"), rs.getString("region_code")),
                rs.getObject("decided_on", LocalDate.class), paragraphs,
                withdrawn == null ? null : LocalDate.ofInstant(withdrawn.toInstant(), clock.getZone()),
                rs.getString("withdrawal_reason"));
    }

    private static String title(String kind) {
        return "PENALTY".equals(kind) ? "行政处罚决定书" : "不予行政处罚决定书";
    }

    private String agencyName(long agencyId, String county) {
        return agencies.within(DataScope.ofRegion(RegionCode.of(county))).stream()
                .filter(agency -> agency.id() == agencyId).map(AgencyOptions.Option::name).findFirst().orElse("");
    }
}
