package org.fazhi.supervision.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.RecordLink;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads findings with their category's names and their clue; {@link FindingBook} writes them. */
@Repository
class FindingRepository {

    private static final String SELECT = """
            select f.*, c.name as category_name, t.name as type_name, d.id as clue_id, d.transferred_on,
                   d.transferred_by, d.outcome_on, d.persons_disciplined, d.persons_organisational, d.outcome_note
              from supervision.finding f
              join supervision.problem_category c on c.code = f.category_code
              join supervision.problem_category t on t.code = f.type_code
              left join supervision.discipline_clue d on d.finding_id = f.id""";

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Finding> find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** A round's findings, of one agency when {@code agencyId} is given. */
    List<Finding> ofRound(long roundId, @Nullable Long agencyId) {
        return jdbc.sql(SELECT + " where f.round_id = :round and (cast(:agency as bigint) is null or f.agency_id = :agency)"
                        + " order by f.agency_id, f.id")
                .param("round", roundId).param("agency", agencyId).query((rs, n) -> map(rs)).list();
    }

    List<Finding> ofOpinion(long opinionId) {
        return jdbc.sql(SELECT + " where f.opinion_id = ? order by f.id").param(opinionId).query((rs, n) -> map(rs))
                .list();
    }

    /** The agency's findings of the round not yet in an opinion, locked so that two opinions never list one. */
    List<Long> unissued(long roundId, long agencyId) {
        return jdbc.sql("""
                select id from supervision.finding where round_id = ? and agency_id = ? and opinion_id is null
                 order by id for update""").params(roundId, agencyId).query(Long.class).list();
    }

    void assign(List<Long> findingIds, long opinionId) {
        jdbc.sql("update supervision.finding set opinion_id = :opinion where id in (:ids)")
                .param("opinion", opinionId).param("ids", findingIds).update();
    }

    private static Finding map(ResultSet rs) throws SQLException {
        String subjectType = rs.getString("subject_type");
        RecordLink subject = subjectType == null ? null : new RecordLink(subjectType, rs.getLong("subject_id"));
        long clueId = rs.getLong("clue_id");
        DisciplineClue clue = rs.wasNull() ? null : new DisciplineClue(clueId, rs.getLong("id"),
                rs.getObject("transferred_on", LocalDate.class), rs.getString("transferred_by"),
                rs.getObject("outcome_on", LocalDate.class), (Integer) rs.getObject("persons_disciplined"),
                (Integer) rs.getObject("persons_organisational"), rs.getString("outcome_note"));
        return new Finding(rs.getLong("id"), RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"),
                rs.getString("source"), (Long) rs.getObject("round_id"), rs.getString("category_name"),
                rs.getString("type_code"), rs.getString("type_name"), rs.getString("description"), subject,
                (Long) rs.getObject("opinion_id"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), clue);
    }
}
