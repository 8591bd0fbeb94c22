package org.fazhi.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the supervisors ask about visits to enterprises (扫码入企): which were concluded without the enterprise (or
 * the inspector, from the business licence) ever checking them in, and how the enterprises rated them. Read per
 * county in one statement each, for the monitoring rules; dates are Beijing dates.
 */
@Service
public class VisitFacts {

    /** A concluded visit that was never checked in. */
    public record UncheckedVisit(long taskId, String taskCode, long partyId, long leadAgencyId, LocalDate windowFrom,
                                 LocalDate windowTo, InspectionResult result, LocalDate concludedOn) {
    }

    /** A visit's rating by the enterprise. */
    public record RatedVisit(long taskId, String taskCode, long partyId, long leadAgencyId, int conduct,
                             int professionalism, int burden, LocalDate ratedOn) {

        public int lowestScore() {
            return Math.min(conduct, Math.min(professionalism, burden));
        }
    }

    private static final String UNCHECKED = """
            select id, code, party_id, lead_agency_id, window_from, window_to, result,
                   (concluded_at at time zone 'Asia/Shanghai')::date as concluded_on
              from inspection.task
             where status = 'CONCLUDED' and checked_in_at is null and\s""";

    // A county's ratings are driven from evaluation_region_rated_idx (the county's ratings by time), each task by its key.
    private static final String RATED = """
            select e.task_id, t.code, e.party_id, e.lead_agency_id, e.conduct, e.professionalism, e.burden,
                   (e.rated_at at time zone 'Asia/Shanghai')::date as rated_on
              from inspection.evaluation e join inspection.task t on t.id = e.task_id
             where\s""";

    private final JdbcClient jdbc;

    VisitFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's visits concluded on or after {@code since} without a check-in, by id. */
    public List<UncheckedVisit> concludedWithoutCheckIn(RegionCode county, LocalDate since) {
        return jdbc.sql(UNCHECKED + "region_code = ? and concluded_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'"
                        + " order by id")
                .params(county.value(), since).query(VisitFacts::unchecked).list();
    }

    /** The visit, when it was concluded without a check-in. */
    public Optional<UncheckedVisit> concludedWithoutCheckIn(long taskId) {
        return jdbc.sql(UNCHECKED + "id = ?").param(taskId).query(VisitFacts::unchecked).optional();
    }

    /** Those of these visits that were concluded without a check-in. */
    public List<UncheckedVisit> concludedWithoutCheckIn(Collection<Long> taskIds) {
        return taskIds.isEmpty() ? List.of() : jdbc.sql(UNCHECKED + "id = any(?) order by id")
                .param(taskIds.toArray(Long[]::new)).query(VisitFacts::unchecked).list();
    }

    /** The county's visits rated on or after {@code since} whose lowest score is at most {@code score}, by task. */
    public List<RatedVisit> ratedAtMost(RegionCode county, int score, LocalDate since) {
        return jdbc.sql(RATED + """
                        e.region_code = ? and t.status in ('CHECKED_IN', 'CONCLUDED')
                           and e.rated_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'
                           and least(e.conduct, e.professionalism, e.burden) <= ?
                         order by e.task_id""")
                .params(county.value(), since, score).query(VisitFacts::rated).list();
    }

    /** The visit's rating, if the enterprise gave one. */
    public Optional<RatedVisit> rating(long taskId) {
        return jdbc.sql(RATED + "e.task_id = ?").param(taskId).query(VisitFacts::rated).optional();
    }

    private static UncheckedVisit unchecked(ResultSet rs, int row) throws SQLException {
        return new UncheckedVisit(rs.getLong("id"), rs.getString("code"), rs.getLong("party_id"),
                rs.getLong("lead_agency_id"), rs.getObject("window_from", LocalDate.class),
                rs.getObject("window_to", LocalDate.class), InspectionResult.valueOf(rs.getString("result")),
                rs.getObject("concluded_on", LocalDate.class));
    }

    private static RatedVisit rated(ResultSet rs, int row) throws SQLException {
        return new RatedVisit(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getObject(8, LocalDate.class));
    }
}
