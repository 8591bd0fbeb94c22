package org.fazhi.disputes.litigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 府院联动 meetings and issues, in {@code disputes.court_link_*}; every list takes a data scope. */
@Repository
class CourtLinkRepository {

    static final String RECORD_TYPE = "disputes.court-link-issue";
    static final String MEETING_TYPE = "disputes.court-link-meeting";

    /** A line of the meetings list, with its issues the caller may see: listed, resolved, past due and open. */
    public record MeetingRow(long id, LocalDate heldOn, String participants, String topics, int issues, int resolved,
                             int overdue) {
    }

    /** The meetings list's filters: the year held, a range of days held, text in the topics, participants or issues. */
    public record Search(@Nullable Integer year, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @Nullable String q) {
    }

    /**
     * The issues list's filters: where an issue stands (OPEN is every issue not resolved, overdue ones too), the
     * meeting that listed it, the agency responsible, text in the issue or its resolution.
     */
    public record IssueSearch(CourtLinkIssue.@Nullable Standing standing, @Nullable Long meetingId,
                              @Nullable Long agencyId, @Nullable String q) {
    }

    /** A meeting as a filter's option: its id, and its day with its topics as the text. */
    public record MeetingOption(long id, LocalDate heldOn, String name) {
    }

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

    /** Saves a revised issue if nobody changed it since {@code i.version()} was read. */
    void revise(CourtLinkIssue i) {
        int updated = jdbc.sql("update disputes.court_link_issue set issue = ?, agency_id = ?, due_on = ?, "
                        + "version = version + 1 where id = ? and version = ? and resolved_on is null")
                .params(i.issue(), i.agencyId(), i.dueOn(), i.id(), i.version()).update();
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

    /** The county's meetings as the filters say, newest first; issue counts within the caller's scope. */
    Page<MeetingRow> search(RegionCode county, DataScope scope, Search search, LocalDate today, PageRequest page) {
        String where = """
                from disputes.court_link_meeting m
                where m.region_code = :county
                  and (cast(:year as integer) is null or m.held_on between make_date(:year, 1, 1)
                       and make_date(:year, 12, 31))
                  and (cast(:from as date) is null or m.held_on >= :from)
                  and (cast(:to as date) is null or m.held_on <= :to)
                  and (cast(:q as text) is null or m.topics like '%' || :q || '%'
                       or m.participants like '%' || :q || '%'
                       or exists (select 1 from disputes.court_link_issue i where i.meeting_id = m.id
                                   and (cast(:agency as bigint) is null or i.agency_id = :agency)
                                   and i.issue like '%' || :q || '%'))""";
        Map<String, Object> params = new HashMap<>();
        params.put("county", county.value());
        params.put("year", search.year());
        params.put("from", search.from());
        params.put("to", search.to());
        params.put("q", search.q() == null || search.q().isBlank() ? null : search.q().strip());
        params.put("agency", scope.agencyId());
        params.put("today", today);
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<MeetingRow> rows = jdbc.sql("""
                select m.*, count(i.id) as issue_count, count(i.resolved_on) as resolved_count,
                       count(i.id) filter (where i.resolved_on is null and i.due_on < :today) as overdue_count
                  from disputes.court_link_meeting m
                  left join disputes.court_link_issue i on i.meeting_id = m.id
                       and (cast(:agency as bigint) is null or i.agency_id = :agency)
                 where m.id in (select m.id\s""" + where + """
                )
                 group by m.id order by m.held_on desc, m.id desc limit :limit offset :offset""")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs)).list();
        return page.page(rows, total);
    }

    /** The meeting's issues inside the scope, open ones first, then by due day. */
    List<CourtLinkIssue> issuesOf(long meetingId, DataScope scope) {
        return jdbc.sql("""
                select * from disputes.court_link_issue
                 where meeting_id = ? and region_code like ? and (cast(? as bigint) is null or agency_id = ?)
                 order by resolved_on is not null, due_on, id""")
                .params(meetingId, scope.regionPattern(), scope.agencyId(), scope.agencyId())
                .query((rs, n) -> issue(rs)).list();
    }

    Optional<CourtLinkIssue> issue(long id) {
        return jdbc.sql("select * from disputes.court_link_issue where id = ?").param(id)
                .query((rs, n) -> issue(rs)).optional();
    }

    /** The scope's issues as the filters say, open ones first, then by due day. */
    Page<CourtLinkIssue> issues(DataScope scope, IssueSearch search, LocalDate today, PageRequest page) {
        String where = """
                from disputes.court_link_issue i
                where i.region_code like :region and (cast(:scopeAgency as bigint) is null or i.agency_id = :scopeAgency)
                  and (cast(:agency as bigint) is null or i.agency_id = :agency)
                  and (cast(:meeting as bigint) is null or i.meeting_id = :meeting)
                  and (cast(:standing as text) is null
                       or :standing = 'RESOLVED' and i.resolved_on is not null
                       or :standing = 'OPEN' and i.resolved_on is null
                       or :standing = 'OVERDUE' and i.resolved_on is null and i.due_on < :today)
                  and (cast(:q as text) is null or i.issue like '%' || :q || '%'
                       or i.resolution like '%' || :q || '%')""";
        Map<String, Object> params = new HashMap<>();
        params.put("region", scope.regionPattern());
        params.put("scopeAgency", scope.agencyId());
        params.put("agency", search.agencyId());
        params.put("meeting", search.meetingId());
        params.put("standing", search.standing() == null ? null : search.standing().name());
        params.put("q", search.q() == null || search.q().isBlank() ? null : search.q().strip());
        params.put("today", today);
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<CourtLinkIssue> rows = jdbc.sql("select i.* " + where
                        + " order by i.resolved_on is not null, i.due_on, i.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> issue(rs)).list();
        return page.page(rows, total);
    }

    /** The county's meetings, newest first, as the issues list's filter offers them. */
    List<MeetingOption> meetingOptions(RegionCode county) {
        return jdbc.sql("select id, held_on, topics from disputes.court_link_meeting where region_code = ? "
                        + "order by held_on desc, id desc")
                .param(county.value()).query((rs, n) -> new MeetingOption(rs.getLong("id"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getObject("held_on", LocalDate.class) + " " + abridged(rs.getString("topics"))))
                .list();
    }

    private static String abridged(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static CourtLinkMeeting meeting(ResultSet rs) throws SQLException {
        return new CourtLinkMeeting(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                rs.getObject("held_on", LocalDate.class), rs.getString("participants"), rs.getString("topics"));
    }

    private static MeetingRow row(ResultSet rs) throws SQLException {
        return new MeetingRow(rs.getLong("id"), rs.getObject("held_on", LocalDate.class), rs.getString("participants"),
                rs.getString("topics"), rs.getInt("issue_count"), rs.getInt("resolved_count"),
                rs.getInt("overdue_count"));
    }

    private static CourtLinkIssue issue(ResultSet rs) throws SQLException {
        return new CourtLinkIssue(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                rs.getObject("meeting_id", Long.class), rs.getString("issue"), rs.getLong("agency_id"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("resolved_on", LocalDate.class),
                rs.getString("resolution"), rs.getInt("version"));
    }
}
