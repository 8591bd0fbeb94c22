package org.fazhi.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Penalties decided outside their discretion benchmark tier, or with no benchmark check recorded at all: the
 * decision as taken (casework.proposal, stage DECIDED), whose benchmark verdict the catalog gave when it was made.
 */
@Service
public class BenchmarkDepartures {

    private static final String QUERY = """
            select c.id, c.code, c.agency_id, c.decided_on, p.tier, p.fine_fen, p.within_benchmark, p.outside_reason
              from casework.penalty_case c
              join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED'
             where %s and c.decided_on is not null and p.kind = 'PENALTY' and p.within_benchmark is not true
             order by c.id""";

    private final JdbcClient jdbc;

    BenchmarkDepartures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BenchmarkDeparture> inCounty(RegionCode county) {
        return jdbc.sql(QUERY.formatted("c.region_code = :scope")).param("scope", county.county().value())
                .query(BenchmarkDepartures::departure).list();
    }

    /** The case's decision, when it departs; empty otherwise. */
    public List<BenchmarkDeparture> ofCase(long caseId) {
        return jdbc.sql(QUERY.formatted("c.id = :scope")).param("scope", caseId)
                .query(BenchmarkDepartures::departure).list();
    }

    /** Those of these cases whose decision departs. */
    public List<BenchmarkDeparture> ofCases(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : jdbc.sql(QUERY.formatted("c.id = any(:scope::bigint[])"))
                .param("scope", caseIds.toArray(Long[]::new)).query(BenchmarkDepartures::departure).list();
    }

    private static BenchmarkDeparture departure(ResultSet rs, int n) throws SQLException {
        return new BenchmarkDeparture(rs.getLong("id"), rs.getString("code"), rs.getLong("agency_id"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("tier"),
                Money.ofFen(rs.getLong("fine_fen")), (Boolean) rs.getObject("within_benchmark"),
                rs.getString("outside_reason"));
    }
}
