package org.fazhi.disputes.litigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lawsuits with their hearings, in {@code disputes.lawsuit*}; every list takes a data scope. */
@Repository
class LawsuitRepository {

    static final String RECORD_TYPE = "disputes.lawsuit";

    /** A line of the list. */
    public record Row(long id, String courtNumber, String court, Instance instance, LocalDate servedOn,
                      String plaintiffName, long agencyId, String cause, LocalDate defenceDueOn,
                      @Nullable LocalDate defenceSubmittedOn, boolean defenceOverdue, int hearings,
                      @Nullable LawsuitOutcome outcome, @Nullable LocalDate decidedOn) {
    }

    /** The list's filters: instance, open or concluded, outcome, defendant, year served, overdue defence, search. */
    public record Search(@Nullable Instance instance, @Nullable Boolean concluded, @Nullable LawsuitOutcome outcome,
                         @Nullable Long agencyId, @Nullable Integer year, @Nullable Boolean overdue,
                         @Nullable String q) {

        static Search all() {
            return new Search(null, null, null, null, null, null, null);
        }
    }

    /** A concluded lawsuit as the loss rate sees it: whether a higher instance continues it. */
    record Concluded(long id, long agencyId, Instance instance, LawsuitOutcome outcome, LocalDate decidedOn,
                     boolean appealed) {
    }

    private final JdbcClient jdbc;

    LawsuitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Lawsuit s) {
        Lawsuit.Filing f = s.filing();
        Lawsuit.Plaintiff p = f.plaintiff();
        long id = jdbc.sql("""
                insert into disputes.lawsuit (region_code, court, instance, court_number, prior_id, plaintiff_kind,
                    plaintiff_name, plaintiff_id_cipher, plaintiff_id_masked, plaintiff_credit_code, agency_id, cause,
                    act, case_id, case_code, served_on, defence_due_on, registered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.county().value(), f.court(), f.instance().name(), f.courtNumber(), f.priorId(),
                        p.kind().name(), p.name(), p.idCipher(), p.idMasked(), p.creditCode(), f.agencyId(),
                        f.cause(), f.act(), f.caseId(), f.caseCode(), f.servedOn(), s.defenceDueOn(),
                        s.registeredBy())
                .query(Long.class).single();
        return id;
    }

    void save(Lawsuit s) {
        Lawsuit.Conclusion c = s.conclusion();
        int updated = jdbc.sql("""
                update disputes.lawsuit set defence_submitted_on = ?, outcome = ?, decided_on = ?, outcome_note = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(s.defenceSubmittedOn(), c == null ? null : c.outcome().name(),
                        c == null ? null : c.decidedOn(), c == null ? null : c.note(), s.id(), s.version())
                .update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, s.id());
        }
        jdbc.sql("delete from disputes.lawsuit_hearing where lawsuit_id = ?").param(s.id()).update();
        List<Lawsuit.Hearing> all = s.hearings();
        for (int i = 0; i < all.size(); i++) {
            Lawsuit.Hearing h = all.get(i);
            jdbc.sql("insert into disputes.lawsuit_hearing (lawsuit_id, position, held_on, appearance, appeared_by) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(s.id(), i, h.heldOn(), h.appearance().name(), h.appearedBy()).update();
        }
    }

    Optional<Lawsuit> find(long id) {
        return load("select * from disputes.lawsuit where id = ?", id);
    }

    Lawsuit lock(long id) {
        return load("select * from disputes.lawsuit where id = ? for update", id).orElseThrow();
    }

    boolean courtNumberTaken(RegionCode county, String courtNumber) {
        return jdbc.sql("select exists (select 1 from disputes.lawsuit where region_code = ? and court_number = ?)")
                .params(county.value(), courtNumber).query(Boolean.class).single();
    }

    Page<Row> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        String where = """
                from disputes.lawsuit s
                where s.region_code like :region and (cast(:scopeAgency as bigint) is null or s.agency_id = :scopeAgency)
                  and (cast(:instance as text) is null or s.instance = :instance)
                  and (cast(:concluded as boolean) is null or (s.outcome is not null) = :concluded)
                  and (cast(:outcome as text) is null or s.outcome = :outcome)
                  and (cast(:agency as bigint) is null or s.agency_id = :agency)
                  and (cast(:year as integer) is null or s.served_on between make_date(:year, 1, 1)
                       and make_date(:year, 12, 31))
                  and (not :overdue or (s.defence_submitted_on is null and s.outcome is null
                       and s.defence_due_on < :today))
                  and (cast(:q as text) is null or s.court_number like '%' || :q || '%'
                       or s.plaintiff_name like '%' || :q || '%' or s.cause like '%' || :q || '%')""";
        Map<String, Object> params = new HashMap<>();
        params.put("region", scope.regionPattern());
        params.put("scopeAgency", scope.agencyId());
        params.put("instance", nameOf(search.instance()));
        params.put("concluded", search.concluded());
        params.put("outcome", nameOf(search.outcome()));
        params.put("agency", search.agencyId());
        params.put("year", search.year());
        params.put("overdue", Boolean.TRUE.equals(search.overdue()));
        params.put("today", today);
        params.put("q", search.q() == null || search.q().isBlank() ? null : search.q().strip());
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("select s.*, (select count(*) from disputes.lawsuit_hearing h "
                        + "where h.lawsuit_id = s.id) as hearing_count " + where
                        + " order by s.served_on desc, s.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs, today)).list();
        return page.page(rows, total);
    }

    /** The county's lawsuits concluded from {@code from} to {@code to}, with whether each was appealed. */
    List<Concluded> concluded(RegionCode county, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.id, s.agency_id, s.instance, s.outcome, s.decided_on,
                       exists (select 1 from disputes.lawsuit n where n.prior_id = s.id) as appealed
                  from disputes.lawsuit s
                 where s.region_code = ? and s.decided_on between ? and ?
                 order by s.decided_on, s.id""").params(county.value(), from, to)
                .query((rs, n) -> new Concluded(rs.getLong("id"), rs.getLong("agency_id"),
                        Instance.valueOf(rs.getString("instance")), LawsuitOutcome.valueOf(rs.getString("outcome")),
                        day(rs, "decided_on"), rs.getBoolean("appealed")))
                .list();
    }

    private Optional<Lawsuit> load(String sql, long id) {
        return jdbc.sql(sql).param(id).query((rs, n) -> lawsuit(rs)).optional();
    }

    private Lawsuit lawsuit(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Lawsuit.Plaintiff plaintiff = new Lawsuit.Plaintiff(PlaintiffKind.valueOf(rs.getString("plaintiff_kind")),
                rs.getString("plaintiff_name"), rs.getString("plaintiff_id_cipher"),
                rs.getString("plaintiff_id_masked"), rs.getString("plaintiff_credit_code"));
        Lawsuit.Filing f = new Lawsuit.Filing(RegionCode.of(rs.getString("region_code")), rs.getString("court"),
                Instance.valueOf(rs.getString("instance")), rs.getString("court_number"),
                rs.getObject("prior_id", Long.class), plaintiff, rs.getLong("agency_id"), rs.getString("cause"),
                rs.getString("act"), rs.getObject("case_id", Long.class), rs.getString("case_code"),
                day(rs, "served_on"));
        String outcome = rs.getString("outcome");
        Lawsuit.Conclusion c = outcome == null ? null : new Lawsuit.Conclusion(LawsuitOutcome.valueOf(outcome),
                day(rs, "decided_on"), rs.getString("outcome_note"));
        return new Lawsuit(id, f, day(rs, "defence_due_on"), rs.getString("registered_by"), rs.getInt("version"),
                day(rs, "defence_submitted_on"), hearings(id), c);
    }

    private List<Lawsuit.Hearing> hearings(long id) {
        return jdbc.sql("select * from disputes.lawsuit_hearing where lawsuit_id = ? order by position").param(id)
                .query((rs, n) -> new Lawsuit.Hearing(day(rs, "held_on"),
                        Appearance.valueOf(rs.getString("appearance")), rs.getString("appeared_by")))
                .list();
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = day(rs, "defence_due_on");
        LocalDate submitted = day(rs, "defence_submitted_on");
        String outcome = rs.getString("outcome");
        return new Row(rs.getLong("id"), rs.getString("court_number"), rs.getString("court"),
                Instance.valueOf(rs.getString("instance")), day(rs, "served_on"), rs.getString("plaintiff_name"),
                rs.getLong("agency_id"), rs.getString("cause"), due, submitted,
                submitted == null && outcome == null && due.isBefore(today), rs.getInt("hearing_count"),
                outcome == null ? null : LawsuitOutcome.valueOf(outcome), day(rs, "decided_on"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static @Nullable String nameOf(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
