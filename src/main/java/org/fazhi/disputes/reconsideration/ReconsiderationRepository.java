package org.fazhi.disputes.reconsideration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reconsideration cases with their time limits, in {@code disputes.reconsideration*}; every list takes a data scope. */
@Repository
class ReconsiderationRepository {

    static final String RECORD_TYPE = "disputes.reconsideration";

    /** A line of the list. */
    public record Row(long id, String number, LocalDate receivedOn, Channel channel, String applicantName,
                      long agencyId, @Nullable String caseCode, ReconsiderationState state,
                      @Nullable ReconsiderationOutcome outcome, boolean lateApplication,
                      @Nullable DeadlineKind nextDeadline, @Nullable LocalDate nextDueOn, boolean overdue) {
    }

    /** The list's filters: state, channel, respondent agency, year received, only overdue, number or applicant. */
    public record Search(@Nullable ReconsiderationState state, @Nullable Channel channel, @Nullable Long agencyId,
                         @Nullable Integer year, @Nullable Boolean overdue, @Nullable String q) {

        static Search all() {
            return new Search(null, null, null, null, null, null);
        }
    }

    private final JdbcClient jdbc;

    ReconsiderationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's next number of the year, under a lock on the county's cases of that year. */
    int nextSerial(RegionCode county, int year) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('disputes.reconsideration:' || ?))) lock")
                .param(county.value() + year).query(Integer.class).single();
        return jdbc.sql("select count(*) + 1 from disputes.reconsideration where region_code = ? "
                + "and extract(year from received_on) = ?").params(county.value(), year).query(Integer.class).single();
    }

    long insert(ReconsiderationCase c) {
        ReconsiderationCase.Application a = c.application();
        ReconsiderationCase.Applicant who = a.applicant();
        long id = jdbc.sql("""
                insert into disputes.reconsideration (region_code, number, received_on, channel, intake_point,
                    applicant_kind, applicant_name, applicant_id_cipher, applicant_id_masked, applicant_credit_code,
                    agency_id, act, case_id, case_code, knew_on, right_explained, late_application, state,
                    received_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(a.county().value(), c.number(), a.receivedOn(), a.channel().name(), a.intakePoint(),
                        who.kind().name(), who.name(), who.idCipher(), who.idMasked(), who.creditCode(),
                        a.agencyId(), a.act(), a.caseId(), a.caseCode(), a.knewOn(), a.rightExplained(),
                        c.lateApplication(), c.state().name(), c.receivedBy())
                .query(Long.class).single();
        writeDeadlines(id, c);
        return id;
    }

    void save(ReconsiderationCase c) {
        ReconsiderationCase.Progress p = c.progress();
        int updated = jdbc.sql("""
                update disputes.reconsideration set state = ?, refusal_reason = ?, correction_items = ?,
                    accepted_on = ?, deemed_accepted = ?, procedure = ?, copied_on = ?, answered_on = ?,
                    answer_evidence = ?, hearing_mode = ?, hearing_on = ?, hearing_notice_on = ?, extended_by = ?,
                    extended_on = ?, outcome = ?, settled = ?, concluded_on = ?, conclusion_note = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(c.state().name(), p.refusalReason(), p.correctionItems(), p.acceptedOn(),
                        p.deemedAccepted(), nameOf(p.procedure()), p.copiedOn(), p.answeredOn(), p.answerEvidence(),
                        nameOf(p.hearingMode()), p.hearingOn(), p.hearingNoticeOn(), p.extendedBy(), p.extendedOn(),
                        nameOf(p.outcome()), p.settled(), p.concludedOn(), p.conclusionNote(), c.id(), c.version())
                .update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, c.id());
        }
        jdbc.sql("delete from disputes.reconsideration_deadline where reconsideration_id = ?").param(c.id()).update();
        writeDeadlines(c.id(), c);
    }

    Optional<ReconsiderationCase> find(long id) {
        return load("select * from disputes.reconsideration where id = ?", id);
    }

    ReconsiderationCase lock(long id) {
        return load("select * from disputes.reconsideration where id = ? for update", id).orElseThrow();
    }

    Page<Row> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        String where = """
                from disputes.reconsideration r
                left join lateral (select d.kind, d.due_on from disputes.reconsideration_deadline d
                    where d.reconsideration_id = r.id and d.met_on is null and not d.dropped
                    order by d.due_on limit 1) next on true
                where r.region_code like :region and (cast(:scopeAgency as bigint) is null or r.agency_id = :scopeAgency)
                  and (cast(:state as text) is null or r.state = :state)
                  and (cast(:channel as text) is null or r.channel = :channel)
                  and (cast(:agency as bigint) is null or r.agency_id = :agency)
                  and (cast(:year as integer) is null or r.received_on between make_date(:year, 1, 1)
                       and make_date(:year, 12, 31))
                  and (not :overdue or next.due_on < :today)
                  and (cast(:q as text) is null or r.number like '%' || :q || '%'
                       or r.applicant_name like '%' || :q || '%')""";
        Map<String, Object> params = new HashMap<>();
        params.put("region", scope.regionPattern());
        params.put("scopeAgency", scope.agencyId());
        params.put("state", nameOf(search.state()));
        params.put("channel", nameOf(search.channel()));
        params.put("agency", search.agencyId());
        params.put("year", search.year());
        params.put("overdue", Boolean.TRUE.equals(search.overdue()));
        params.put("today", today);
        params.put("q", search.q() == null || search.q().isBlank() ? null : search.q().strip());
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("select r.*, next.kind as next_kind, next.due_on as next_due " + where
                        + " order by r.received_on desc, r.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs, today)).list();
        return page.page(rows, total);
    }

    /** Applications still awaiting examination whose period ended before {@code today}. */
    List<Long> lapsedExaminations(LocalDate today) {
        return jdbc.sql("""
                select r.id from disputes.reconsideration r join disputes.reconsideration_deadline d
                    on d.reconsideration_id = r.id
                where r.state = 'RECEIVED' and d.kind = 'EXAMINATION' and d.met_on is null and not d.dropped
                  and d.due_on < ?
                order by r.id""").param(today).query(Long.class).list();
    }

    private Optional<ReconsiderationCase> load(String sql, long id) {
        return jdbc.sql(sql).param(id).query((rs, n) -> reconsideration(rs)).optional();
    }

    private ReconsiderationCase reconsideration(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        ReconsiderationCase.Applicant applicant = new ReconsiderationCase.Applicant(
                ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
                rs.getString("applicant_id_cipher"), rs.getString("applicant_id_masked"),
                rs.getString("applicant_credit_code"));
        ReconsiderationCase.Application a = new ReconsiderationCase.Application(
                RegionCode.of(rs.getString("region_code")), day(rs, "received_on"),
                Channel.valueOf(rs.getString("channel")), rs.getString("intake_point"), applicant,
                rs.getLong("agency_id"), rs.getString("act"), rs.getObject("case_id", Long.class),
                rs.getString("case_code"), day(rs, "knew_on"), rs.getBoolean("right_explained"));
        ReconsiderationCase.Progress p = new ReconsiderationCase.Progress(rs.getString("refusal_reason"),
                rs.getString("correction_items"), day(rs, "accepted_on"), rs.getBoolean("deemed_accepted"),
                valueOf(Procedure.class, rs.getString("procedure")), day(rs, "copied_on"), day(rs, "answered_on"),
                rs.getString("answer_evidence"), valueOf(HearingMode.class, rs.getString("hearing_mode")),
                day(rs, "hearing_on"), day(rs, "hearing_notice_on"), rs.getString("extended_by"),
                day(rs, "extended_on"), valueOf(ReconsiderationOutcome.class, rs.getString("outcome")),
                rs.getBoolean("settled"), day(rs, "concluded_on"), rs.getString("conclusion_note"));
        return new ReconsiderationCase(id, rs.getString("number"), a, rs.getBoolean("late_application"),
                rs.getString("received_by"), rs.getInt("version"),
                ReconsiderationState.valueOf(rs.getString("state")), p, deadlines(id));
    }

    private List<ReconsiderationDeadline> deadlines(long id) {
        return jdbc.sql("select * from disputes.reconsideration_deadline where reconsideration_id = ? "
                        + "order by position").param(id)
                .query((rs, n) -> new ReconsiderationDeadline(DeadlineKind.valueOf(rs.getString("kind")),
                        day(rs, "started_on"), day(rs, "due_on"), day(rs, "met_on"), rs.getBoolean("dropped"),
                        rs.getBoolean("provisional")))
                .list();
    }

    private void writeDeadlines(long id, ReconsiderationCase c) {
        List<ReconsiderationDeadline> all = c.deadlines();
        for (int i = 0; i < all.size(); i++) {
            ReconsiderationDeadline d = all.get(i);
            jdbc.sql("""
                    insert into disputes.reconsideration_deadline (reconsideration_id, position, kind, started_on,
                        due_on, met_on, dropped, provisional) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, d.kind().name(), d.startedOn(), d.dueOn(), d.metOn(), d.dropped(),
                            d.provisional())
                    .update();
        }
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = day(rs, "next_due");
        return new Row(rs.getLong("id"), rs.getString("number"), day(rs, "received_on"),
                Channel.valueOf(rs.getString("channel")), rs.getString("applicant_name"), rs.getLong("agency_id"),
                rs.getString("case_code"), ReconsiderationState.valueOf(rs.getString("state")),
                valueOf(ReconsiderationOutcome.class, rs.getString("outcome")), rs.getBoolean("late_application"),
                valueOf(DeadlineKind.class, rs.getString("next_kind")), due, due != null && due.isBefore(today));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static <E extends Enum<E>> @Nullable E valueOf(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static @Nullable String nameOf(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
