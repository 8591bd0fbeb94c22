package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers' exam scores, read with their session's pass mark; and the pass rates counted from them. */
@Repository
public class ExamResultRepository {

    /** A result as listed under its session: with the officer's and agency's names. */
    public record Row(ExamResult result, String officerName, String agencyName) {
    }

    private static final String COLUMNS = """
            e.id, e.region_code, e.session_id, e.officer_id, e.agency_id, e.score, s.pass_mark, e.version""";
    private static final String FROM = " from registry.exam_result e"
            + " join registry.exam_session s on s.id = e.session_id";
    private static final String ROW_FROM = FROM + " join registry.officer o on o.id = e.officer_id"
            + " join registry.agency a on a.id = e.agency_id";
    private static final String PASSED = "count(*) filter (where e.score >= s.pass_mark)";

    private final JdbcClient jdbc;

    ExamResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExamResult> find(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where e.id = ?").param(id)
                .query(ExamResultRepository::map).optional();
    }

    public Optional<Row> findRow(long id) {
        return jdbc.sql("select " + COLUMNS + ", o.name as officer_name, a.name as agency_name" + ROW_FROM
                        + " where e.id = ?").param(id).query(ExamResultRepository::mapRow).optional();
    }

    /** The session's results inside the scope, by agency and officer name. */
    public List<Row> ofSession(DataScope scope, long sessionId) {
        List<Object> params = new ArrayList<>();
        String where = scoped(scope, params) + " and e.session_id = ?";
        params.add(sessionId);
        return jdbc.sql("select " + COLUMNS + ", o.name as officer_name, a.name as agency_name" + ROW_FROM + where
                        + " order by a.name, o.name").params(params).query(ExamResultRepository::mapRow).list();
    }

    public boolean exists(long sessionId, long officerId) {
        return jdbc.sql("select count(*) from registry.exam_result where session_id = ? and officer_id = ?")
                .params(sessionId, officerId).query(Long.class).single() > 0;
    }

    /** The highest score recorded in the session, if any: a corrected full mark may not fall below it. */
    public Optional<BigDecimal> highestScore(long sessionId) {
        return jdbc.sql("select score from registry.exam_result where session_id = ? order by score desc limit 1")
                .param(sessionId).query(BigDecimal.class).optional();
    }

    /** 通过率 of the results inside the scope, of sessions held in {@code year}. */
    public PassRate passRate(DataScope scope, int year) {
        List<Object> params = new ArrayList<>();
        String where = scoped(scope, params) + heldIn(year, params);
        return jdbc.sql("select count(*) as sat, " + PASSED + " as passed" + FROM + where).params(params)
                .query((rs, row) -> PassRate.of(rs.getLong("sat"), rs.getLong("passed"))).single();
    }

    /** 通过率 per agency id, as {@link #passRate}; agencies without results are absent. */
    public Map<Long, PassRate> passRateByAgency(DataScope scope, int year) {
        List<Object> params = new ArrayList<>();
        String where = scoped(scope, params) + heldIn(year, params);
        Map<Long, PassRate> rates = new LinkedHashMap<>();
        RowCallbackHandler handler = rs -> rates.put(rs.getLong("agency_id"),
                PassRate.of(rs.getLong("sat"), rs.getLong("passed")));
        jdbc.sql("select e.agency_id, count(*) as sat, " + PASSED + " as passed" + FROM + where
                + " group by e.agency_id order by e.agency_id").params(params).query(handler);
        return rates;
    }

    private static String scoped(DataScope scope, List<Object> params) {
        params.add(scope.regionPattern());
        if (scope.isAgencyScoped()) {
            params.add(scope.agencyId());
            return " where e.region_code like ? and e.agency_id = ?";
        }
        return " where e.region_code like ?";
    }

    private static String heldIn(int year, List<Object> params) {
        params.add(LocalDate.of(year, 1, 1));
        params.add(LocalDate.of(year + 1, 1, 1));
        return " and s.held_on >= ? and s.held_on < ?";
    }

    long insert(ExamResult result) {
        return jdbc.sql("""
                        insert into registry.exam_result (region_code, agency_id, session_id, officer_id, score)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(result.region().value(), result.agencyId(), result.sessionId(), result.officerId(),
                        result.score())
                .query(Long.class).single();
    }

    /** Saves a corrected score if nobody changed it since {@code result.version()} was read; false otherwise. */
    boolean update(ExamResult result) {
        return jdbc.sql("update registry.exam_result set score = ?, version = version + 1 where id = ? and version = ?")
                .params(result.score(), result.id(), result.version()).update() == 1;
    }

    private static ExamResult map(ResultSet rs, int row) throws SQLException {
        return new ExamResult(rs.getLong("id"), new RegionCode(rs.getString("region_code")), rs.getLong("session_id"),
                rs.getLong("officer_id"), rs.getLong("agency_id"), rs.getBigDecimal("score"),
                rs.getBigDecimal("pass_mark"), rs.getInt("version"));
    }

    private static Row mapRow(ResultSet rs, int row) throws SQLException {
        return new Row(map(rs, row), rs.getString("officer_name"), rs.getString("agency_name"));
    }
}
