package org.fazhi.inspection.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fazhi.inspection.draw.Assignment;
import org.fazhi.inspection.draw.DrawOutcome;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.PublishedContent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Draws and their assignments (party → inspectors, in selection order). */
@Repository
public class DrawRepository {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final PublishedContent published;

    DrawRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    /**
     * Records a draw with the seed it used and, for a combined seed, the secret it reveals (the data generator
     * records draws of past years, so the moment is the caller's).
     */
    public long insert(InspectionPlan plan, String algorithm, String seed, @Nullable String secret, String drawnBy,
                       DrawOutcome outcome, Instant drawnAt) {
        published.changed("inspection");
        long id = jdbc.sql("""
                insert into inspection.draw (plan_id, region_code, algorithm, seed, secret, drawn_at, drawn_by,
                                             selected, unstaffed)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(plan.id(), plan.county().value(), algorithm, seed, secret, Timestamp.from(drawnAt), drawnBy,
                        outcome.assignments().size(), outcome.unstaffedPartyIds().toArray(Long[]::new))
                .query(Long.class).single();
        List<Assignment> assignments = outcome.assignments();
        for (int from = 0; from < assignments.size(); from += BATCH) {
            insertAssignments(id, assignments, from, Math.min(assignments.size(), from + BATCH));
        }
        return id;
    }

    private void insertAssignments(long drawId, List<Assignment> assignments, int from, int to) {
        Long[] parties = new Long[to - from];
        String[] officers = new String[to - from];
        for (int i = from; i < to; i++) {
            parties[i - from] = assignments.get(i).partyId();
            officers[i - from] = assignments.get(i).officerIds().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        }
        jdbc.sql("""
                insert into inspection.draw_assignment (draw_id, position, party_id, officer_ids)
                select ?, ? + ordinality::int - 1, party, officers::bigint[]
                  from unnest(?::bigint[], ?::text[]) with ordinality as t(party, officers)""")
                .params(drawId, from, parties, officers).update();
    }

    /** The plan's public value, entered once: a second entry fails on the primary key, and the table refuses updates. */
    public void enter(InspectionPlan plan, DrawRecord.EnteredValue entered) {
        published.changed("inspection");
        jdbc.sql("""
                insert into inspection.public_value (plan_id, region_code, value, witnesses, entered_by, entered_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), plan.county().value(), entered.value(), entered.witnesses().toArray(String[]::new),
                        entered.enteredBy(), Timestamp.from(entered.enteredAt())).update();
    }

    public Optional<DrawRecord.EnteredValue> enteredValue(long planId) {
        return jdbc.sql("select value, witnesses, entered_by, entered_at from inspection.public_value where plan_id = ?")
                .param(planId).query((rs, row) -> enteredValue(rs)).optional();
    }

    public Optional<DrawRecord> ofPlan(long planId) {
        return jdbc.sql("""
                select d.id, d.plan_id, algorithm, seed, secret, drawn_at, drawn_by, selected, unstaffed, status,
                       cancel_reason, v.value, v.witnesses, v.entered_by, v.entered_at
                  from inspection.draw d left join inspection.public_value v on v.plan_id = d.plan_id
                 where d.plan_id = ?""").param(planId).query(DrawRepository::map).optional();
    }

    /** Every assignment in selection order: what verification compares. */
    public List<Assignment> assignments(long drawId) {
        return jdbc.sql("select party_id, officer_ids from inspection.draw_assignment where draw_id = ? order by position")
                .param(drawId).query(DrawRepository::assignment).list();
    }

    public Page<Assignment> assignments(long drawId, PageRequest request) {
        long total = jdbc.sql("select count(*) from inspection.draw_assignment where draw_id = ?").param(drawId)
                .query(Long.class).single();
        List<Assignment> page = jdbc.sql("""
                select party_id, officer_ids from inspection.draw_assignment where draw_id = ?
                 order by position limit ? offset ?""")
                .params(drawId, request.size(), request.offset()).query(DrawRepository::assignment).list();
        return request.page(page, total);
    }

    void cancel(long drawId, String reason, String username, Instant at) {
        published.changed("inspection");
        jdbc.sql("""
                update inspection.draw set status = 'CANCELLED', cancel_reason = ?, cancelled_at = ?,
                       cancelled_by = ? where id = ? and status = 'VALID'""")
                .params(reason, Timestamp.from(at), username, drawId).update();
    }

    private static DrawRecord.EnteredValue enteredValue(ResultSet rs) throws SQLException {
        return new DrawRecord.EnteredValue(rs.getString("value"), List.of((String[]) rs.getArray("witnesses").getArray()),
                rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant());
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        return new Assignment(rs.getLong(1), Arrays.asList((Long[]) rs.getArray(2).getArray()));
    }

    private static DrawRecord map(ResultSet rs, int row) throws SQLException {
        return new DrawRecord(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("algorithm"), rs.getString("seed"),
                rs.getString("secret"), rs.getString("value") == null ? null : enteredValue(rs),
                rs.getTimestamp("drawn_at").toInstant(), rs.getString("drawn_by"), rs.getInt("selected"),
                Arrays.asList((Long[]) rs.getArray("unstaffed").getArray()),
                "CANCELLED".equals(rs.getString("status")), rs.getString("cancel_reason"));
    }
}
