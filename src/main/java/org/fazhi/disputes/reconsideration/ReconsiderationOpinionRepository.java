package org.fazhi.disputes.reconsideration;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 行政复议意见书 in {@code disputes.reconsideration_opinion}; every list takes a data scope. */
@Repository
class ReconsiderationOpinionRepository {

    static final String RECORD_TYPE = "disputes.reconsideration-opinion";

    /** The list's filters: agency, year issued, replied or not, only overdue. */
    public record Search(@Nullable Long agencyId, @Nullable Integer year, @Nullable Boolean replied,
                         @Nullable Boolean overdue) {

        static Search all() {
            return new Search(null, null, null, null);
        }
    }

    private static final String SELECT = """
            select o.*, r.number as reconsideration_number from disputes.reconsideration_opinion o
              join disputes.reconsideration r on r.id = o.reconsideration_id""";

    private final JdbcClient jdbc;

    ReconsiderationOpinionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's next number of the year, under a lock on the county's opinions of that year. */
    int nextSerial(RegionCode county, int year) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('disputes.opinion:' || ?))) lock")
                .param(county.value() + year).query(Integer.class).single();
        return jdbc.sql("select count(*) + 1 from disputes.reconsideration_opinion where region_code = ? "
                + "and extract(year from issued_on) = ?").params(county.value(), year).query(Integer.class).single();
    }

    long insert(ReconsiderationOpinion o) {
        return jdbc.sql("""
                insert into disputes.reconsideration_opinion (region_code, number, reconsideration_id, agency_id,
                    issue, required_action, issued_on, reply_due, issued_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(o.county().value(), o.number(), o.reconsiderationId(), o.agencyId(), o.issue(),
                        o.requiredAction(), o.issuedOn(), o.replyDue(), o.issuedBy())
                .query(Long.class).single();
    }

    void saveReply(ReconsiderationOpinion o) {
        int updated = jdbc.sql("""
                update disputes.reconsideration_opinion set replied_on = ?, measures = ?, replied_by = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(o.repliedOn(), o.measures(), o.repliedBy(), o.id(), o.version()).update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, o.id());
        }
    }

    Optional<ReconsiderationOpinion> find(long id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query((rs, n) -> opinion(rs)).optional();
    }

    ReconsiderationOpinion lock(long id) {
        return jdbc.sql(SELECT + " where o.id = ? for update of o").param(id).query((rs, n) -> opinion(rs)).single();
    }

    List<ReconsiderationOpinion> ofCase(long reconsiderationId) {
        return jdbc.sql(SELECT + " where o.reconsideration_id = ? order by o.issued_on, o.id").param(reconsiderationId)
                .query((rs, n) -> opinion(rs)).list();
    }

    Page<ReconsiderationOpinion> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        String where = """
                 where o.region_code like :region
                   and (cast(:scopeAgency as bigint) is null or o.agency_id = :scopeAgency)
                   and (cast(:agency as bigint) is null or o.agency_id = :agency)
                   and (cast(:year as integer) is null or o.issued_on between make_date(:year, 1, 1)
                        and make_date(:year, 12, 31))
                   and (cast(:replied as boolean) is null or (o.replied_on is not null) = :replied)
                   and (not :overdue or (o.replied_on is null and o.reply_due < :today))""";
        Map<String, Object> params = new HashMap<>();
        params.put("region", scope.regionPattern());
        params.put("scopeAgency", scope.agencyId());
        params.put("agency", search.agencyId());
        params.put("year", search.year());
        params.put("replied", search.replied());
        params.put("overdue", Boolean.TRUE.equals(search.overdue()));
        params.put("today", today);
        long total = jdbc.sql("select count(*) from disputes.reconsideration_opinion o " + where).params(params)
                .query(Long.class).single();
        List<ReconsiderationOpinion> rows = jdbc.sql(SELECT + " " + where
                        + " order by o.issued_on desc, o.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> opinion(rs)).list();
        return page.page(rows, total);
    }

    private static ReconsiderationOpinion opinion(ResultSet rs) throws SQLException {
        return new ReconsiderationOpinion(rs.getLong("id"), rs.getString("number"),
                RegionCode.of(rs.getString("region_code")), rs.getLong("reconsideration_id"),
                rs.getString("reconsideration_number"), rs.getLong("agency_id"), rs.getString("issue"),
                rs.getString("required_action"), day(rs, "issued_on"), day(rs, "reply_due"),
                rs.getString("issued_by"), day(rs, "replied_on"), rs.getString("measures"),
                rs.getString("replied_by"), rs.getInt("version"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
