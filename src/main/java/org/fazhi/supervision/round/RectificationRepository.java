package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies' answers (整改措施) and the interviews (约谈) that follow escalations. */
@Repository
class RectificationRepository {

    /** 约谈: when it is to be held, and once held, with whom and what was said. */
    record Interview(long id, long opinionId, LocalDate scheduledOn, @Nullable LocalDate heldOn,
                     @Nullable String interviewee, @Nullable String record) {
    }

    private final JdbcClient jdbc;
    private final StoredFiles files;

    RectificationRepository(JdbcClient jdbc, StoredFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    long insert(Opinion o, String measures, String by, LocalDate on) {
        return jdbc.sql("""
                insert into supervision.rectification (region_code, opinion_id, agency_id, measures, submitted_by,
                       submitted_on)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(o.county().value(), o.id(), o.agencyId(), measures, by, on).query(Long.class).single();
    }

    /** The answer waiting for the supervisor's verdict. */
    Optional<Rectification> submitted(long opinionId, RegionCode county) {
        return of(opinionId, county).stream().filter(r -> r.state().equals("SUBMITTED")).findFirst();
    }

    void review(long id, String state, String by, LocalDate on, @Nullable String note) {
        jdbc.sql("""
                update supervision.rectification set state = ?, reviewed_by = ?, reviewed_on = ?, review_note = ?
                 where id = ? and state = 'SUBMITTED'""").params(state, by, on, note, id).update();
    }

    /** The opinion's answers, oldest first, each with its evidence. */
    List<Rectification> of(long opinionId, RegionCode county) {
        return jdbc.sql("select * from supervision.rectification where opinion_id = ? order by id").param(opinionId)
                .query((rs, n) -> new Rectification(rs.getLong("id"), opinionId, rs.getLong("agency_id"),
                        rs.getString("measures"), rs.getString("submitted_by"),
                        rs.getObject("submitted_on", LocalDate.class), rs.getString("state"),
                        rs.getString("reviewed_by"), rs.getObject("reviewed_on", LocalDate.class),
                        rs.getString("review_note"),
                        files.ofOwner(FileOwner.of(Rectification.RECORD_TYPE, rs.getLong("id"), county))))
                .list();
    }

    void scheduleInterview(Opinion o, LocalDate on) {
        jdbc.sql("""
                insert into supervision.interview (region_code, opinion_id, agency_id, scheduled_on)
                values (?, ?, ?, ?) on conflict (opinion_id) do nothing""")
                .params(o.county().value(), o.id(), o.agencyId(), on).update();
    }

    Optional<Interview> interview(long opinionId) {
        return jdbc.sql("select * from supervision.interview where opinion_id = ?").param(opinionId)
                .query((rs, n) -> new Interview(rs.getLong("id"), opinionId,
                        rs.getObject("scheduled_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
                        rs.getString("interviewee"), rs.getString("record"))).optional();
    }

    void recordInterview(long opinionId, LocalDate heldOn, String interviewee, String record) {
        jdbc.sql("update supervision.interview set held_on = ?, interviewee = ?, record = ? where opinion_id = ?")
                .params(heldOn, interviewee, record, opinionId).update();
    }
}
