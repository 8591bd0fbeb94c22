package org.fazhi.disputes.litigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.disputes.LostLawsuits;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link LostLawsuits} from the concluded lawsuits whose outcome the county counts as lost. */
@Component
class LostLawsuitsQuery implements LostLawsuits {

    private static final String SELECT = """
            select id, court_number, region_code, agency_id, case_id, case_code, act, outcome, decided_on
              from disputes.lawsuit
             where outcome in (:lost)""";

    private final JdbcClient jdbc;
    private final List<String> lost;

    LostLawsuitsQuery(JdbcClient jdbc, LitigationProperties settings) {
        this.jdbc = jdbc;
        this.lost = settings.lossRate().lost().stream().map(Enum::name).toList();
    }

    @Override
    public List<LostLawsuit> inCounty(RegionCode county, LocalDate since, LocalDate until) {
        if (lost.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " and region_code = :county and decided_on between :since and :until"
                        + " order by decided_on, id")
                .param("lost", lost).param("county", county.county().value()).param("since", since)
                .param("until", until).query(LostLawsuitsQuery::lawsuit).list();
    }

    @Override
    public Optional<LostLawsuit> of(long lawsuitId) {
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " and id = :id").param("lost", lost).param("id", lawsuitId)
                .query(LostLawsuitsQuery::lawsuit).optional();
    }

    private static LostLawsuit lawsuit(ResultSet rs, int row) throws SQLException {
        return new LostLawsuit(rs.getLong("id"), rs.getString("court_number"),
                RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"),
                rs.getObject("case_id", Long.class), rs.getString("case_code"), rs.getString("act"),
                LawsuitOutcome.valueOf(rs.getString("outcome")), rs.getObject("decided_on", LocalDate.class));
    }
}
