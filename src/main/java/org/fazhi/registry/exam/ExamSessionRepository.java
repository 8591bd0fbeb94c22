package org.fazhi.registry.exam;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Exam sessions. A session belongs to a region and is visible to every staff member of it: to those above it
 * (the county sees a township's) and below it (a township sees the county's). Its sat and passed counts are those
 * of the results inside the caller's scope, so an agency sees its own officers' figures.
 */
@Repository
public class ExamSessionRepository {

    /** What the session list filters by; null or blank means "any". {@code year} is the year held. */
    public record Search(@Nullable String title, @Nullable ExamKind kind, @Nullable Integer year) {

        public static Search all() {
            return new Search(null, null, null);
        }
    }

    /** A list row: the session and its results' pass rate within the caller's scope. */
    public record Row(ExamSession session, PassRate rate) {
    }

    private static final String COLUMNS = """
            s.id, s.region_code, s.title, s.kind, s.held_on, s.pass_mark, s.full_mark, s.version""";

    private final JdbcClient jdbc;

    ExamSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExamSession> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.exam_session s where s.id = ?").param(id)
                .query(ExamSessionRepository::map).optional();
    }

    /** The session with its pass rate within the scope, if the scope may see it. */
    public Optional<Row> findRow(DataScope scope, long id) {
        List<Object> params = new ArrayList<>();
        String from = withRate(scope, params);
        String where = where(scope, Search.all(), params);
        params.add(id);
        return jdbc.sql("select " + COLUMNS + ", r.sat, r.passed" + from + where + " and s.id = ?")
                .params(params).query(ExamSessionRepository::mapRow).optional();
    }

    public Page<Row> search(DataScope scope, Search search, PageRequest page) {
        List<Object> countParams = new ArrayList<>();
        String where = where(scope, search, countParams);
        long total = jdbc.sql("select count(*) from registry.exam_session s" + where).params(countParams)
                .query(Long.class).single();
        List<Object> params = new ArrayList<>();
        String from = withRate(scope, params);
        params.addAll(countParams);
        params.add(page.size());
        params.add(page.offset());
        List<Row> rows = jdbc.sql("select " + COLUMNS + ", r.sat, r.passed" + from + where
                        + " order by s.held_on desc, s.id desc limit ? offset ?")
                .params(params).query(ExamSessionRepository::mapRow).list();
        return page.page(rows, total);
    }

    /** Sessions joined with the count of their results in the scope, and how many of those passed. */
    private static String withRate(DataScope scope, List<Object> params) {
        params.add(scope.regionPattern());
        String agency = "";
        if (scope.isAgencyScoped()) {
            agency = " and e.agency_id = ?";
            params.add(scope.agencyId());
        }
        return " from registry.exam_session s left join lateral (select count(*) as sat,"
                + " count(*) filter (where e.score >= s.pass_mark) as passed from registry.exam_result e"
                + " where e.session_id = s.id and e.region_code like ?" + agency + ") r on true";
    }

    private static String where(DataScope scope, Search search, List<Object> params) {
        StringBuilder where = new StringBuilder(" where (s.region_code like ? or ? like s.region_code || '%')");
        params.add(scope.regionPattern());
        params.add(scope.region().value());
        if (search.title() != null && !search.title().isBlank()) {
            where.append(" and s.title like ?");
            params.add("%" + search.title().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.kind() != null) {
            where.append(" and s.kind = ?");
            params.add(search.kind().name());
        }
        if (search.year() != null) {
            where.append(" and s.held_on >= ? and s.held_on < ?");
            params.add(LocalDate.of(search.year(), 1, 1));
            params.add(LocalDate.of(search.year() + 1, 1, 1));
        }
        return where.toString();
    }

    long insert(ExamSession session) {
        return jdbc.sql("""
                        insert into registry.exam_session (region_code, title, kind, held_on, pass_mark, full_mark)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(session.region().value(), session.title(), session.kind().name(), session.heldOn(),
                        session.passMark(), session.fullMark())
                .query(Long.class).single();
    }

    /** Saves the session if nobody changed it since {@code session.version()} was read; false otherwise. */
    boolean update(ExamSession session) {
        return jdbc.sql("""
                        update registry.exam_session set title = ?, kind = ?, held_on = ?, pass_mark = ?,
                               full_mark = ?, version = version + 1
                         where id = ? and version = ?""")
                .params(session.title(), session.kind().name(), session.heldOn(), session.passMark(),
                        session.fullMark(), session.id(), session.version())
                .update() == 1;
    }

    static ExamSession map(ResultSet rs, int row) throws SQLException {
        return new ExamSession(rs.getLong("id"), new RegionCode(rs.getString("region_code")), rs.getString("title"),
                ExamKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                rs.getBigDecimal("pass_mark"), rs.getBigDecimal("full_mark"), rs.getInt("version"));
    }

    private static Row mapRow(ResultSet rs, int row) throws SQLException {
        return new Row(map(rs, row), PassRate.of(rs.getLong("sat"), rs.getLong("passed")));
    }
}
