package org.fazhi.disputes.reconsideration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fazhi.disputes.CorrectedActs;
import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link CorrectedActs} from the concluded reconsideration cases whose outcome corrects the act. */
@Component
class CorrectedActsQuery implements CorrectedActs {

    private static final List<String> CORRECTING = Arrays.stream(ReconsiderationOutcome.values())
            .filter(ReconsiderationOutcome::corrects).map(Enum::name).toList();
    private static final String SELECT = """
            select id, number, region_code, agency_id, case_id, case_code, act, outcome, concluded_on
              from disputes.reconsideration
             where state = 'CONCLUDED' and outcome in (:correcting)""";

    private final JdbcClient jdbc;

    CorrectedActsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CorrectedAct> inCounty(RegionCode county, LocalDate since, LocalDate until) {
        return jdbc.sql(SELECT + " and region_code = :county and concluded_on between :since and :until"
                        + " order by concluded_on, id")
                .param("correcting", CORRECTING).param("county", county.county().value())
                .param("since", since).param("until", until).query(CorrectedActsQuery::act).list();
    }

    @Override
    public Optional<CorrectedAct> of(long reconsiderationId) {
        return jdbc.sql(SELECT + " and id = :id").param("correcting", CORRECTING).param("id", reconsiderationId)
                .query(CorrectedActsQuery::act).optional();
    }

    private static CorrectedAct act(ResultSet rs, int row) throws SQLException {
        return new CorrectedAct(rs.getLong("id"), rs.getString("number"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getObject("case_id", Long.class), rs.getString("case_code"),
                rs.getString("act"), ReconsiderationOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("concluded_on", LocalDate.class));
    }
}
