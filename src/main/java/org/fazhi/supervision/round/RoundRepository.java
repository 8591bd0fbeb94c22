package org.fazhi.supervision.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds in {@code supervision.round} with their agencies and supervisors; every list takes the caller's scope. */
@Repository
class RoundRepository {

    /** What the list filters by: kind, open or closed, the year its period starts in, words of its title. */
    record Search(@Nullable RoundKind kind, @Nullable Boolean closed, @Nullable Integer year, @Nullable String text) {

        static Search none() {
            return new Search(null, null, null, null);
        }
    }

    /** One line of the list. */
    record Row(long id, RoundKind kind, String title, LocalDate periodFrom, LocalDate periodTo, boolean closed,
               int agencies, int findings, int opinions) {
    }

    private final JdbcClient jdbc;
    private final SupervisedAgencies names;

    RoundRepository(JdbcClient jdbc, SupervisedAgencies names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    long insert(RegionCode county, RoundKind kind, String title, LocalDate from, LocalDate to, String topics,
                String createdBy, List<Long> agencyIds, List<SupervisionRound.Supervisor> supervisors) {
        long id = jdbc.sql("""
                insert into supervision.round (region_code, kind, title, period_from, period_to, topics, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(county.value(), kind.name(), title, from, to, topics, createdBy).query(Long.class).single();
        for (long agency : agencyIds) {
            jdbc.sql("insert into supervision.round_agency (round_id, agency_id) values (?, ?)").params(id, agency)
                    .update();
        }
        for (SupervisionRound.Supervisor s : supervisors) {
            jdbc.sql("""
                    insert into supervision.round_supervisor (round_id, officer_id, officer_name, certificate_number)
                    values (?, ?, ?, ?)""").params(id, s.officerId(), s.name(), s.certificateNumber()).update();
        }
        return id;
    }

    Optional<SupervisionRound> find(long id) {
        return jdbc.sql("select * from supervision.round where id = ?").param(id).query((rs, n) -> map(rs))
                .optional();
    }

    /** The row locked until the transaction ends: a round is closed once. */
    SupervisionRound lock(long id) {
        return jdbc.sql("select * from supervision.round where id = ? for update").param(id)
                .query((rs, n) -> map(rs)).single();
    }

    void close(long id, LocalDate on, List<SupervisionRound.RoundAgency> results) {
        jdbc.sql("update supervision.round set state = 'CLOSED', closed_on = ?, version = version + 1 where id = ?")
                .params(on, id).update();
        for (SupervisionRound.RoundAgency r : results) {
            jdbc.sql("update supervision.round_agency set score = ?, grade = ? where round_id = ? and agency_id = ?")
                    .params(r.score(), r.grade() == null ? null : r.grade().name(), id, r.agencyId()).update();
        }
    }

    /** The scope's rounds, newest period first; an agency sees the rounds that cover it. */
    Page<Row> search(DataScope scope, Search search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where r.region_code like :region");
        if (scope.agencyId() != null) {
            where.append(" and exists (select 1 from supervision.round_agency a where a.round_id = r.id"
                    + " and a.agency_id = :agency)");
        }
        if (search.kind() != null) {
            where.append(" and r.kind = :kind");
        }
        if (search.closed() != null) {
            where.append(search.closed() ? " and r.state = 'CLOSED'" : " and r.state = 'OPEN'");
        }
        if (search.year() != null) {
            where.append(" and extract(year from r.period_from) = :year");
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" and (r.title like :text or r.topics like :text)");
        }
        long total = bind(jdbc.sql("select count(*) from supervision.round r" + where), scope, search)
                .query(Long.class).single();
        String agencyFilter = scope.agencyId() == null ? "" : " and f.agency_id = :agency";
        String opinionFilter = scope.agencyId() == null ? "" : " and o.agency_id = :agency";
        List<Row> rows = bind(jdbc.sql("""
                select r.id, r.kind, r.title, r.period_from, r.period_to, r.state,
                       (select count(*) from supervision.round_agency a where a.round_id = r.id) as agencies,
                       (select count(*) from supervision.finding f where f.round_id = r.id%s) as findings,
                       (select count(*) from supervision.opinion o where o.round_id = r.id%s) as opinions
                  from supervision.round r""".formatted(agencyFilter, opinionFilter) + where
                + " order by r.period_from desc, r.id desc limit :limit offset :offset"), scope, search)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Row(rs.getLong("id"), RoundKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), "CLOSED".equals(rs.getString("state")),
                        rs.getInt("agencies"), rs.getInt("findings"), rs.getInt("opinions"))).list();
        return page.page(rows, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, DataScope scope, Search search) {
        sql = sql.param("region", scope.regionPattern());
        if (scope.agencyId() != null) {
            sql = sql.param("agency", scope.agencyId());
        }
        if (search.kind() != null) {
            sql = sql.param("kind", search.kind().name());
        }
        if (search.year() != null) {
            sql = sql.param("year", search.year());
        }
        if (search.text() != null && !search.text().isBlank()) {
            sql = sql.param("text", "%" + search.text().strip().replace("%", "") + "%");
        }
        return sql;
    }

    private SupervisionRound map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<SupervisionRound.RoundAgency> agencies = jdbc.sql("""
                select agency_id, score, grade from supervision.round_agency where round_id = ? order by agency_id""")
                .param(id).query((a, n) -> new SupervisionRound.RoundAgency(a.getLong(1), names.of(a.getLong(1)),
                        (Integer) a.getObject(2), a.getString(3) == null ? null : Grade.valueOf(a.getString(3))))
                .list();
        List<SupervisionRound.Supervisor> supervisors = jdbc.sql("""
                select officer_id, officer_name, certificate_number from supervision.round_supervisor
                 where round_id = ? order by officer_name""").param(id)
                .query((s, n) -> new SupervisionRound.Supervisor(s.getLong(1), s.getString(2), s.getString(3)))
                .list();
        return new SupervisionRound(id, RegionCode.of(rs.getString("region_code")),
                RoundKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("topics"), "CLOSED".equals(rs.getString("state")),
                rs.getObject("closed_on", LocalDate.class), rs.getString("created_by"), agencies, supervisors,
                rs.getInt("version"));
    }
}
