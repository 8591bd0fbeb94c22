package org.fazhi.disputes.litigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 府院联动 meetings and issues, in {@code disputes.court_link_*}; every list takes a data scope. */
@Repository
class CourtLinkRepository {

    static final String RECORD_TYPE = "disputes.court-link-issue";

    private final JdbcClient jdbc;

    CourtLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CourtLinkMeeting m) {
        return jdbc.sql("insert into disputes.court_link_meeting (region_code, held_on, participants, topics) "
                        + "values (?, ?, ?, ?) returning id")
                .params(m.county().value(), m.heldOn(), m.participants(), m.topics()).query(Long.class).single();
    }

    long insert(CourtLinkIssue i) {
        return jdbc.sql("insert into disputes.court_link_issue (region_code, meeting_id, issue, agency_id, due_on) "
                        + "values (?, ?, ?, ?, ?) returning id")
                .params(i.county().value(), i.meetingId(), i.issue(), i.agencyId(), i.dueOn())
                .query(Long.class).single();
    }

    void save(CourtLinkIssue i) {
        int updated = jdbc.sql("update disputes.court_link_issue set resolved_on = ?, resolution = ?, "
                        + "version = version + 1 where id = ? and version = ?")
                .params(i.resolvedOn(), i.resolution(), i.id(), i.version()).update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, i.id());
        }
    }

    Optional<CourtLinkMeeting> meeting(long id) {
        return jdbc.sql("select * from disputes.court_link_meeting where id = ?").param(id)
                .query((rs, n) -> meeting(rs)).optional();
    }

    List<CourtLinkMeeting> meetings(RegionCode county, int year) {
        return jdbc.sql("select * from disputes.court_link_meeting where region_code = ? "
                        + "and extract(year from held_on) = ? order by held_on desc, id desc")
                .params(county.value(), year).query((rs, n) -> meeting(rs)).list();
    }

    Optional<CourtLinkIssue> issue(long id) {
        return jdbc.sql("select * from disputes.court_link_issue where id = ?").param(id)
                .query((rs, n) -> issue(rs)).optional();
    }

    /** The scope's issues, open ones first, then by due day. */
    List<CourtLinkIssue> issues(DataScope scope) {
        return jdbc.sql("""
                select * from disputes.court_link_issue
                 where region_code like ? and (cast(? as bigint) is null or agency_id = ?)
                 order by resolved_on is not null, due_on, id""")
                .params(scope.regionPattern(), scope.agencyId(), scope.agencyId()).query((rs, n) -> issue(rs)).list();
    }

    private static CourtLinkMeeting meeting(ResultSet rs) throws SQLException {
        return new CourtLinkMeeting(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                rs.getObject("held_on", LocalDate.class), rs.getString("participants"), rs.getString("topics"));
    }

    private static CourtLinkIssue issue(ResultSet rs) throws SQLException {
        return new CourtLinkIssue(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                rs.getObject("meeting_id", Long.class), rs.getString("issue"), rs.getLong("agency_id"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("resolved_on", LocalDate.class),
                rs.getString("resolution"), rs.getInt("version"));
    }
}
