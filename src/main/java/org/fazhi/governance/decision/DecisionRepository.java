package org.fazhi.governance.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Catalogues and major decisions with their procedures, in {@code governance.*}; every list takes a data scope. */
@Repository
class DecisionRepository {

    static final String RECORD_TYPE = "governance.major-decision";
    static final String CATALOGUE_TYPE = "governance.decision-catalogue";

    /** A year's catalogue with its number of items and of decisions made. */
    public record Catalogue(long id, RegionCode county, int year, @Nullable LocalDate publishedOn, long items,
                            long decided) {
    }

    /** A line of the list: how many procedures are done, and the decision and evaluation days. */
    public record Row(long id, int year, String title, long agencyId, int stepsDone, @Nullable LocalDate decidedOn,
                      @Nullable LocalDate evaluatedOn) {

        public DecisionState state() {
            return evaluatedOn != null ? DecisionState.EVALUATED
                    : decidedOn != null ? DecisionState.DECIDED : DecisionState.PLANNED;
        }
    }

    /** The list's filters: catalogue year, undertaking agency, state, title fragment. */
    public record Search(@Nullable Integer year, @Nullable Long agencyId, @Nullable DecisionState state,
                         @Nullable String q) {

        static Search all() {
            return new Search(null, null, null, null);
        }
    }

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Catalogue> catalogues(DataScope scope) {
        return jdbc.sql("""
                select c.*, count(m.id) filter (where cast(:agency as bigint) is null or m.agency_id = :agency) as items,
                       count(m.decided_on) filter (where cast(:agency as bigint) is null or m.agency_id = :agency)
                           as decided
                from governance.decision_catalogue c left join governance.major_decision m on m.catalogue_id = c.id
                where c.region_code like :region group by c.id order by c.year desc""")
                .param("region", scope.regionPattern()).param("agency", scope.agencyId())
                .query((rs, n) -> new Catalogue(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                        rs.getInt("year"), rs.getObject("published_on", LocalDate.class), rs.getLong("items"),
                        rs.getLong("decided"))).list();
    }

    /** The county's catalogue of the year, created if it has none yet. */
    long catalogueOf(RegionCode county, int year, String by) {
        jdbc.sql("insert into governance.decision_catalogue (region_code, year, created_by) values (?, ?, ?) "
                + "on conflict (region_code, year) do nothing").params(county.value(), year, by).update();
        return jdbc.sql("select id from governance.decision_catalogue where region_code = ? and year = ?")
                .params(county.value(), year).query(Long.class).single();
    }

    Optional<Catalogue> catalogue(DataScope scope, long id) {
        return catalogues(scope).stream().filter(c -> c.id() == id).findFirst();
    }

    void publishCatalogue(long id, LocalDate on) {
        jdbc.sql("update governance.decision_catalogue set published_on = ? where id = ?").params(on, id).update();
    }

    long insert(MajorDecision d, String by) {
        MajorDecision.Item item = d.item();
        return jdbc.sql("""
                insert into governance.major_decision (catalogue_id, region_code, agency_id, title, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(item.catalogueId(), item.county().value(), item.agencyId(), item.title(), by)
                .query(Long.class).single();
    }

    void save(MajorDecision d) {
        MajorDecision.Outcome o = d.outcome();
        int updated = jdbc.sql("""
                update governance.major_decision set decided_on = ?, decision_note = ?, evaluated_on = ?,
                    evaluation = ?, version = version + 1
                where id = ? and version = ?""")
                .params(o.decidedOn(), o.decisionNote(), o.evaluatedOn(), o.evaluation(), d.id(), d.version())
                .update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, d.id());
        }
        d.steps().forEach((kind, step) -> jdbc.sql("""
                insert into governance.decision_step (decision_id, kind, done_on, evidence, recorded_by)
                values (?, ?, ?, ?, ?) on conflict (decision_id, kind) do nothing""")
                .params(d.id(), kind.name(), step.on(), step.evidence(), step.recordedBy()).update());
    }

    Optional<MajorDecision> find(long id) {
        return load("select * from governance.major_decision where id = ?", id);
    }

    MajorDecision lock(long id) {
        return load("select * from governance.major_decision where id = ? for update", id).orElseThrow();
    }

    /** The year of the catalogue a decision belongs to. */
    int yearOf(MajorDecision d) {
        return jdbc.sql("select year from governance.decision_catalogue where id = ?").param(d.item().catalogueId())
                .query(Integer.class).single();
    }

    Page<Row> search(DataScope scope, Search search, PageRequest page) {
        String where = """
                from governance.major_decision m join governance.decision_catalogue c on c.id = m.catalogue_id
                where m.region_code like :region and (cast(:scopeAgency as bigint) is null or m.agency_id = :scopeAgency)
                  and (cast(:year as integer) is null or c.year = :year)
                  and (cast(:agency as bigint) is null or m.agency_id = :agency)
                  and (cast(:state as text) is null
                       or (:state = 'PLANNED' and m.decided_on is null)
                       or (:state = 'DECIDED' and m.decided_on is not null and m.evaluated_on is null)
                       or (:state = 'EVALUATED' and m.evaluated_on is not null))
                  and (cast(:q as text) is null or m.title like '%' || :q || '%')""";
        Map<String, Object> params = new HashMap<>();
        params.put("region", scope.regionPattern());
        params.put("scopeAgency", scope.agencyId());
        params.put("year", search.year());
        params.put("agency", search.agencyId());
        params.put("state", search.state() == null ? null : search.state().name());
        params.put("q", search.q() == null || search.q().isBlank() ? null : search.q().strip());
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("select m.*, c.year, (select count(*) from governance.decision_step s "
                        + "where s.decision_id = m.id) as steps_done " + where
                        + " order by c.year desc, m.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("year"), rs.getString("title"),
                        rs.getLong("agency_id"), rs.getInt("steps_done"), day(rs, "decided_on"),
                        day(rs, "evaluated_on"))).list();
        return page.page(rows, total);
    }

    private Optional<MajorDecision> load(String sql, long id) {
        return jdbc.sql(sql).param(id).query((rs, n) -> decision(rs)).optional();
    }

    private MajorDecision decision(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        MajorDecision.Item item = new MajorDecision.Item(rs.getLong("catalogue_id"),
                RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"), rs.getString("title"));
        MajorDecision.Outcome outcome = new MajorDecision.Outcome(day(rs, "decided_on"),
                rs.getString("decision_note"), day(rs, "evaluated_on"), rs.getString("evaluation"));
        return new MajorDecision(id, item, rs.getInt("version"), steps(id), outcome);
    }

    private Map<DecisionStepKind, MajorDecision.Step> steps(long id) {
        Map<DecisionStepKind, MajorDecision.Step> steps = new EnumMap<>(DecisionStepKind.class);
        jdbc.sql("select * from governance.decision_step where decision_id = ?").param(id).query((RowCallbackHandler) rs -> {
            steps.put(DecisionStepKind.valueOf(rs.getString("kind")), new MajorDecision.Step(day(rs, "done_on"),
                    rs.getString("evidence"), rs.getString("recorded_by")));
        });
        return steps;
    }

    private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
