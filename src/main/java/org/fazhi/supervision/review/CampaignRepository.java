package org.fazhi.supervision.review;

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

import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.PublishedContent;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The campaigns and their drawn files, in plain SQL; every list is scoped by region. */
@Repository
class CampaignRepository {

    /** A drawn file as the directory listed it. */
    record DrawnFile(long id, long campaignId, RegionCode region, long agencyId, long caseId, String caseCode,
                     int position) {
    }

    /** The filters of the campaign list. */
    record Search(@Nullable Integer year, @Nullable ReviewState state, @Nullable String text) {
    }

    /** What a new campaign announces. */
    record Announced(RegionCode region, String name, int year, LocalDate periodFrom, LocalDate periodTo,
                     List<Long> agencyIds, SampleSize sampleSize, String source, @Nullable String issue,
                     Instant readingAt, Instant publishedAt, String commitment, String sealedSecret,
                     List<String> directoryLines, String directoryDigest, String createdBy) {
    }

    private static final String COLUMNS = """
            id, region_code, code, name, year, period_from, period_to, agency_ids, sample_kind, sample_value, state,
            randomness_source, randomness_issue, reading_at, published_at, commitment, directory_digest,
            cardinality(directory_lines) as directory_count, public_value, witnesses, entered_by, entered_at, secret,
            seed, finished_on, version""";

    /** The area of the campaigns' public directory, sample and verification ({@link ReviewAccess}). */
    static final String PUBLISHED_AREA = "supervision-reviews";

    private final JdbcClient jdbc;
    private final PublishedContent published;

    CampaignRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    long insert(Announced a) {
        published.changed(PUBLISHED_AREA);
        int serial = jdbc.sql("select count(*) + 1 from supervision.review_campaign where region_code = ? and year = ?")
                .params(a.region().value(), a.year()).query(Integer.class).single();
        String code = "PC-" + a.region().value() + "-" + a.year() + "-" + String.format("%02d", serial);
        return jdbc.sql("""
                        insert into supervision.review_campaign (region_code, code, name, year, period_from, period_to,
                            agency_ids, sample_kind, sample_value, state, randomness_source, randomness_issue,
                            reading_at, published_at, commitment, seed_cipher, directory_lines, directory_digest,
                            created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ANNOUNCED', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(a.region().value(), code, a.name(), a.year(), a.periodFrom(), a.periodTo(),
                        a.agencyIds().toArray(new Long[0]), a.sampleSize().kind().name(), a.sampleSize().value(),
                        a.source(), a.issue(), Timestamp.from(a.readingAt()), Timestamp.from(a.publishedAt()),
                        a.commitment(), a.sealedSecret(), a.directoryLines().toArray(new String[0]),
                        a.directoryDigest(), a.createdBy())
                .query(Long.class).single();
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision.review_campaign where id = ?").param(id)
                .query(CampaignRepository::campaign).optional();
    }

    Page<Campaign> search(RegionCode region, @Nullable Long agencyId, @Nullable Long officerId, Search search,
                          PageRequest page) {
        String where = """
                where region_code like :region and (:year::int is null or year = :year)
                  and (:state::text is null or state = :state)
                  and (:text::text is null or name like '%' || :text || '%' or code like '%' || :text || '%')
                  and (:agency::bigint is null or :agency = any(agency_ids) or exists (select 1 from
                       supervision.review_reviewer r where r.campaign_id = review_campaign.id and r.officer_id = :officer))
                """;
        String text = search.text() == null || search.text().isBlank() ? null : search.text().strip();
        String state = search.state() == null ? null : search.state().name();
        long total = jdbc.sql("select count(*) from supervision.review_campaign " + where)
                .param("region", region.value() + "%").param("year", search.year()).param("state", state)
                .param("text", text).param("agency", agencyId).param("officer", officerId)
                .query(Long.class).single();
        List<Campaign> rows = jdbc.sql("select " + COLUMNS + " from supervision.review_campaign " + where
                        + " order by year desc, id desc limit :limit offset :offset")
                .param("region", region.value() + "%").param("year", search.year()).param("state", state)
                .param("text", text).param("agency", agencyId).param("officer", officerId)
                .param("limit", page.size()).param("offset", page.offset())
                .query(CampaignRepository::campaign).list();
        return page.page(rows, total);
    }

    List<String> directoryLines(long id) {
        return jdbc.sql("select directory_lines from supervision.review_campaign where id = ?").param(id)
                .query((rs, row) -> strings(rs.getArray(1))).single();
    }

    String sealedSecret(long id) {
        return jdbc.sql("select seed_cipher from supervision.review_campaign where id = ?").param(id)
                .query(String.class).single();
    }

    void recordDraw(Campaign c, String publicValue, List<String> witnesses, String enteredBy, Instant enteredAt,
                    String secret, String seed) {
        int changed = jdbc.sql("""
                        update supervision.review_campaign set state = 'DRAWN', public_value = ?, witnesses = ?,
                            entered_by = ?, entered_at = ?, secret = ?, seed = ?, version = version + 1
                        where id = ? and version = ? and state = 'ANNOUNCED'""")
                .params(publicValue, witnesses.toArray(new String[0]), enteredBy, Timestamp.from(enteredAt), secret,
                        seed, c.id(), c.version())
                .update();
        if (changed == 0) {
            throw new StaleEdit("supervision.review-campaign", c.id());
        }
    }

    void finish(Campaign c, LocalDate on) {
        int changed = jdbc.sql("""
                        update supervision.review_campaign set state = 'FINISHED', finished_on = ?, version = version + 1
                        where id = ? and version = ? and state = 'DRAWN'""")
                .params(on, c.id(), c.version()).update();
        if (changed == 0) {
            throw new StaleEdit("supervision.review-campaign", c.id());
        }
    }

    void insertFile(long campaignId, RegionCode region, CaseFileEntry entry, int position) {
        published.changed(PUBLISHED_AREA);
        jdbc.sql("""
                        insert into supervision.review_file (campaign_id, region_code, agency_id, case_id, case_code,
                            position) values (?, ?, ?, ?, ?, ?)""")
                .params(campaignId, region.value(), entry.agencyId(), entry.caseId(), entry.caseCode(), position)
                .update();
    }

    List<DrawnFile> files(long campaignId) {
        return jdbc.sql("select * from supervision.review_file where campaign_id = ? order by position")
                .param(campaignId).query(CampaignRepository::file).list();
    }

    Optional<DrawnFile> file(long fileId) {
        return jdbc.sql("select * from supervision.review_file where id = ?").param(fileId)
                .query(CampaignRepository::file).optional();
    }

    /** The totals of the reviewers who scored the file, and how many were assigned. */
    FileScore score(long fileId, ReviewChecklist checklist) {
        List<BigDecimal> totals = jdbc.sql("""
                        select total from supervision.review_assignment where file_id = ? and total is not null
                        order by officer_id""")
                .param(fileId).query(BigDecimal.class).list();
        int assigned = jdbc.sql("select count(*) from supervision.review_assignment where file_id = ?").param(fileId)
                .query(Integer.class).single();
        return FileScore.of(assigned, totals, checklist);
    }

    /** An excellent file (优秀案卷): every assigned reviewer scored it and the average reaches the threshold. */
    record ExcellentFile(long fileId, long campaignId, String campaignName, int year, long agencyId, String caseCode,
                         BigDecimal average) {
    }

    List<ExcellentFile> excellent(RegionCode region, @Nullable Long agencyId, BigDecimal threshold) {
        return jdbc.sql("""
                        select f.id as file_id, c.id as campaign_id, c.name as campaign_name, c.year, f.agency_id,
                               f.case_code, round(avg(a.total), 1) as average
                        from supervision.review_file f
                        join supervision.review_campaign c on c.id = f.campaign_id
                        join supervision.review_assignment a on a.file_id = f.id
                        where f.region_code like :region and (:agency::bigint is null or f.agency_id = :agency)
                        group by f.id, c.id
                        having count(*) = count(a.total) and round(avg(a.total), 1) >= :threshold
                        order by c.year desc, average desc, f.id""")
                .param("region", region.value() + "%").param("agency", agencyId).param("threshold", threshold)
                .query(ExcellentFile.class).list();
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong("id"), RegionCode.of(rs.getString("region_code")), rs.getString("code"),
                rs.getString("name"), rs.getInt("year"), rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(), longs(rs.getArray("agency_ids")),
                new SampleSize(SampleSize.Kind.valueOf(rs.getString("sample_kind")), rs.getString("sample_value")),
                ReviewState.valueOf(rs.getString("state")), rs.getString("randomness_source"),
                rs.getString("randomness_issue"), rs.getTimestamp("reading_at").toInstant(),
                rs.getTimestamp("published_at").toInstant(), rs.getString("commitment"),
                rs.getString("directory_digest"), rs.getInt("directory_count"), rs.getString("public_value"),
                strings(rs.getArray("witnesses")), rs.getString("entered_by"), instant(rs.getTimestamp("entered_at")),
                rs.getString("secret"), rs.getString("seed"),
                rs.getDate("finished_on") == null ? null : rs.getDate("finished_on").toLocalDate(),
                rs.getInt("version"));
    }

    private static DrawnFile file(ResultSet rs, int row) throws SQLException {
        return new DrawnFile(rs.getLong("id"), rs.getLong("campaign_id"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getLong("case_id"), rs.getString("case_code"), rs.getInt("position"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
