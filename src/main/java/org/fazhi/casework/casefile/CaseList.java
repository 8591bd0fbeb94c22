package org.fazhi.casework.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case list: in the caller's scope (an agency's cases for its staff, the county's for the others), newest
 * first, filtered by agency, stage, penalty item, party, and "due soon" (an open deadline within the configured
 * working days, or already missed). Only the filters given become conditions.
 * <p>
 * A county holds some 15,000 cases, so neither the count nor the ordering may visit each case's deadlines: both
 * read the cases alone (index (region_code, id) or the scope index), the page's 20 rows are picked first, and only
 * they get their decision and next open deadline. "Due soon" is read from the open deadlines by due date (index
 * deadline_open_region_idx): a case's earliest open deadline falls within the limit exactly when any of its open
 * deadlines does.
 */
@Repository
class CaseList {

    private static final String PAGE = """
            select c.id, c.code, c.case_number, c.decision_number, c.agency_id, c.party_id, c.state, c.source_kind,
                   c.summary, c.discovered_on, c.filed_on, p.kind as decided, coalesce(p.fine_fen, 0) as fine_fen,
                   d.kind as next_kind, d.due_on as next_due, coalesce(d.provisional, false) as next_provisional
              from (select c.id from casework.penalty_case c %s
                     order by c.id desc limit :limit offset :offset) page
              join casework.penalty_case c on c.id = page.id
              left join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED'
              left join lateral (select kind, due_on, provisional from casework.deadline
                                  where case_id = c.id and met_on is null order by due_on, kind limit 1) d on true
             order by c.id desc""";

    /** The cases with an open deadline due by the limit (or missed); deadlines carry their case's county. */
    private static final String DUE_SOON = " and c.id in (select case_id from casework.deadline"
            + " where region_code = left(:region, 6) and met_on is null and due_on <= :dueSoonLimit)";

    private final JdbcClient jdbc;

    CaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<CaseSummary> search(DataScope scope, CaseSearch search, LocalDate dueSoonLimit, PageRequest request) {
        String where = where(scope, search);
        long total = bind(jdbc.sql("select count(*) from casework.penalty_case c" + where), scope, search,
                dueSoonLimit).query(Long.class).single();
        if (request.offset() >= total) {
            return request.page(List.of(), total);
        }
        List<CaseSummary> rows = bind(jdbc.sql(PAGE.formatted(where)), scope, search, dueSoonLimit)
                .param("limit", request.size()).param("offset", request.offset())
                .query((rs, row) -> summary(rs)).list();
        return request.page(rows, total);
    }

    private static String where(DataScope scope, CaseSearch search) {
        StringBuilder where = new StringBuilder(" where c.region_code = left(:region, 6)");
        if (scope.agencyId() != null) {
            where.append(" and c.agency_id = :scopeAgency");
        }
        if (search.agency() != null) {
            where.append(" and c.agency_id = :agency");
        }
        if (search.state() != null) {
            where.append(" and c.state = :state");
        }
        if (search.item() != null) {
            where.append(" and c.item_ids @> array[:item::bigint]");
        }
        if (search.party() != null) {
            where.append(" and c.party_id = :party");
        }
        if (Boolean.TRUE.equals(search.dueSoon())) {
            where.append(DUE_SOON);
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, CaseSearch search,
                                                 LocalDate dueSoonLimit) {
        return spec.param("region", scope.region().value()).param("scopeAgency", scope.agencyId())
                .param("agency", search.agency()).param("state", search.state() == null ? null : search.state().name())
                .param("item", search.item()).param("party", search.party()).param("dueSoonLimit", dueSoonLimit);
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        String decided = rs.getString("decided");
        String next = rs.getString("next_kind");
        return new CaseSummary(rs.getLong("id"), rs.getString("code"), rs.getString("case_number"),
                rs.getString("decision_number"), rs.getLong("agency_id"), rs.getLong("party_id"),
                CaseState.valueOf(rs.getString("state")), SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("summary"), rs.getObject("discovered_on", LocalDate.class),
                rs.getObject("filed_on", LocalDate.class), decided == null ? null : DecisionKind.valueOf(decided),
                Money.ofFen(rs.getLong("fine_fen")), next == null ? null : DeadlineKind.valueOf(next),
                rs.getObject("next_due", LocalDate.class), rs.getBoolean("next_provisional"));
    }
}
