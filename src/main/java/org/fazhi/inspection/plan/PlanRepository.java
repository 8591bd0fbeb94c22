package org.fazhi.inspection.plan;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans in {@code inspection.plan}; every change checks the version the user saw. */
@Repository
public class PlanRepository {

    private static final String COLUMNS = """
            id, region_code, code, name, kind, lead_agency_id, agency_ids, item_ids, townships, industries, grades,
            period_from, period_to, ratio_a, ratio_b, ratio_c, ratio_d, ratio_unrated, inspectors_per_party,
            cap_per_inspector, avoid_residence, seed_mode, seed_source, randomness_source, randomness_issue, reading_at,
            draw_on, status, created_by, approved_by, published_at, seed_commitment, cancel_reason, version""";

    private final JdbcClient jdbc;
    private final PublishedContent published;

    PlanRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    public Optional<InspectionPlan> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from inspection.plan where id = ?").param(id)
                .query(PlanRepository::map).optional();
    }

    /** Plans in the scope (an agency sees the plans it takes part in), newest first. */
    public Page<InspectionPlan> search(DataScope scope, @Nullable PlanStatus status, @Nullable Integer year,
                                       PageRequest request) {
        String where = "\n" + """
                 where region_code like :region and (:agency::bigint is null or :agency = any(agency_ids))
                   and (:status::text is null or status = :status)
                   and (:year::int is null or extract(year from period_from) = :year)""";
        long total = bind(jdbc.sql("select count(*) from inspection.plan" + where), scope, status, year)
                .query(Long.class).single();
        List<InspectionPlan> plans = bind(jdbc.sql("select " + COLUMNS + " from inspection.plan" + where
                + " order by id desc limit :limit offset :offset"), scope, status, year)
                .param("limit", request.size()).param("offset", request.offset())
                .query(PlanRepository::map).list();
        return request.page(plans, total);
    }

    /** Published plans (including those cancelled after publication) of a county or of all, newest first. */
    public Page<InspectionPlan> published(@Nullable RegionCode county, PageRequest request) {
        String where = " where published_at is not null and (:county::text is null or region_code = :county)";
        String value = county == null ? null : county.value();
        long total = jdbc.sql("select count(*) from inspection.plan" + where).param("county", value)
                .query(Long.class).single();
        List<InspectionPlan> plans = jdbc.sql("select " + COLUMNS + " from inspection.plan" + where
                        + " order by published_at desc, id desc limit :limit offset :offset")
                .param("county", value).param("limit", request.size()).param("offset", request.offset())
                .query(PlanRepository::map).list();
        return request.page(plans, total);
    }

    public long insert(InspectionPlan plan) {
        published.changed("inspection");
        long sequence = jdbc.sql("select count(*) + 1 from inspection.plan where region_code = ? and code like ?")
                .param(plan.county().value()).param(codePrefix(plan)).query(Long.class).single();
        String code = codePrefix(plan).replace("%", "") + String.format("%03d", sequence);
        return jdbc.sql("""
                insert into inspection.plan (region_code, code, name, kind, lead_agency_id, agency_ids, item_ids,
                       townships, industries, grades, period_from, period_to, ratio_a, ratio_b, ratio_c, ratio_d,
                       ratio_unrated, inspectors_per_party, cap_per_inspector, avoid_residence, seed_mode,
                       seed_source, randomness_source, randomness_issue, reading_at, draw_on, status, created_by)
                values (:region, :code, :name, :kind, :lead, :agencies, :items, :townships, :industries, :grades,
                        :from, :to, :a, :b, :c, :d, :unrated, :perParty, :cap, :avoid, :seedMode, :seedSource,
                        :source, :issue, :readingAt, :drawOn, 'DRAFT', :createdBy)
                returning id""")
                .paramSource(parameters(plan).addValue("region", plan.county().value()).addValue("code", code)
                        .addValue("createdBy", plan.createdBy()))
                .query(Long.class).single();
    }

    public void update(InspectionPlan plan) {
        published.changed("inspection");
        int updated = jdbc.sql("""
                update inspection.plan set name = :name, kind = :kind, lead_agency_id = :lead, agency_ids = :agencies,
                       item_ids = :items, townships = :townships, industries = :industries, grades = :grades,
                       period_from = :from, period_to = :to, ratio_a = :a, ratio_b = :b, ratio_c = :c,
                       ratio_d = :d, ratio_unrated = :unrated, inspectors_per_party = :perParty,
                       cap_per_inspector = :cap, avoid_residence = :avoid, seed_mode = :seedMode,
                       seed_source = :seedSource, randomness_source = :source, randomness_issue = :issue,
                       reading_at = :readingAt, draw_on = :drawOn, version = version + 1
                 where id = :id and version = :version and status = 'DRAFT'""")
                .paramSource(parameters(plan).addValue("id", plan.id()).addValue("version", plan.version())).update();
        requireOne(updated, plan.id());
    }

    void approve(long id, int version, String username) {
        published.changed("inspection");
        requireOne(jdbc.sql("""
                update inspection.plan set status = 'APPROVED', approved_by = ?, approved_at = now(),
                       version = version + 1 where id = ? and version = ? and status = 'DRAFT'""")
                .params(username, id, version).update(), id);
    }

    /** {@code publishedAt} is the moment the commitment binds the plan to, so it comes from the caller's clock. */
    void publish(long id, int version, Instant publishedAt, String seedCommitment, String seedCipher) {
        published.changed("inspection");
        requireOne(jdbc.sql("""
                update inspection.plan set status = 'PUBLISHED', published_at = ?, seed_commitment = ?,
                       seed_cipher = ?, version = version + 1 where id = ? and version = ? and status = 'APPROVED'""")
                .params(Timestamp.from(publishedAt), seedCommitment, seedCipher, id, version).update(), id);
    }

    Optional<String> seedCipher(long id) {
        return jdbc.sql("select seed_cipher from inspection.plan where id = ?").param(id)
                .query(String.class).optional();
    }

    void markDrawn(long id, int version) {
        published.changed("inspection");
        requireOne(jdbc.sql("""
                update inspection.plan set status = 'DRAWN', version = version + 1
                 where id = ? and version = ? and status = 'PUBLISHED'""").params(id, version).update(), id);
    }

    void cancel(long id, int version, String reason, String username, Instant at) {
        published.changed("inspection");
        requireOne(jdbc.sql("""
                update inspection.plan set status = 'CANCELLED', cancel_reason = ?, cancelled_at = ?,
                       cancelled_by = ?, version = version + 1 where id = ? and version = ? and status <> 'CANCELLED'""")
                .params(reason, Timestamp.from(at), username, id, version).update(), id);
    }

    private static String codePrefix(InspectionPlan plan) {
        return "CC" + plan.county().value() + plan.periodFrom().getYear() + "%";
    }

    private static void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new StaleEdit("inspection plan", id);
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope,
                                                 @Nullable PlanStatus status, @Nullable Integer year) {
        return spec.param("region", scope.regionPattern()).param("agency", scope.agencyId())
                .param("status", status == null ? null : status.name()).param("year", year);
    }

    private static MapSqlParameterSource parameters(InspectionPlan plan) {
        return new MapSqlParameterSource()
                .addValue("name", plan.name()).addValue("kind", plan.kind().name())
                .addValue("lead", plan.leadAgencyId()).addValue("agencies", plan.agencyIds().toArray(Long[]::new))
                .addValue("items", plan.itemIds().toArray(Long[]::new))
                .addValue("townships", sorted(plan.townships())).addValue("industries", sorted(plan.industries()))
                .addValue("grades", sorted(plan.grades())).addValue("from", plan.periodFrom())
                .addValue("to", plan.periodTo()).addValue("a", plan.ratios().a()).addValue("b", plan.ratios().b())
                .addValue("c", plan.ratios().c()).addValue("d", plan.ratios().d())
                .addValue("unrated", plan.ratios().unrated()).addValue("perParty", plan.inspectorsPerParty())
                .addValue("cap", plan.capPerInspector()).addValue("avoid", plan.avoidResidence())
                .addValue("seedMode", plan.seedMode().name()).addValue("seedSource", plan.seedSource())
                .addValue("source", plan.randomness() == null ? null : plan.randomness().source())
                .addValue("issue", plan.randomness() == null ? null : plan.randomness().issue())
                .addValue("readingAt", plan.randomness() == null ? null : Timestamp.from(plan.randomness().readingAt()))
                .addValue("drawOn", plan.drawOn());
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    private static InspectionPlan map(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new InspectionPlan(rs.getLong("id"), RegionCode.of(rs.getString("region_code")), rs.getString("code"),
                rs.getString("name"), PlanKind.valueOf(rs.getString("kind")), rs.getLong("lead_agency_id"),
                Arrays.asList((Long[]) rs.getArray("agency_ids").getArray()),
                Arrays.asList((Long[]) rs.getArray("item_ids").getArray()), texts(rs.getArray("townships")),
                texts(rs.getArray("industries")), texts(rs.getArray("grades")),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                new SamplingRatios(ratio(rs, "ratio_a"), ratio(rs, "ratio_b"), ratio(rs, "ratio_c"),
                        ratio(rs, "ratio_d"), ratio(rs, "ratio_unrated")),
                rs.getInt("inspectors_per_party"), rs.getObject("cap_per_inspector", Integer.class),
                rs.getBoolean("avoid_residence"), SeedMode.valueOf(rs.getString("seed_mode")),
                rs.getString("seed_source"), randomness(rs), rs.getObject("draw_on", LocalDate.class),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("created_by"), rs.getString("approved_by"),
                published == null ? null : published.toInstant(), rs.getString("seed_commitment"),
                rs.getString("cancel_reason"), rs.getInt("version"));
    }

    private static @Nullable PublicRandomness randomness(ResultSet rs) throws SQLException {
        Timestamp readingAt = rs.getTimestamp("reading_at");
        return readingAt == null ? null : new PublicRandomness(rs.getString("randomness_source"),
                rs.getString("seed_source"), rs.getString("randomness_issue"), readingAt.toInstant());
    }

    private static BigDecimal ratio(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).stripTrailingZeros();
    }

    private static Set<String> texts(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
