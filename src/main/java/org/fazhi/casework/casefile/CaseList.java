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
 */
@Repository
class CaseList {

    private static final String FROM = "\n" + """
             from casework.penalty_case c
             left join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED'
             left join lateral (select kind, due_on, provisional from casework.deadline
                                 where case_id = c.id and met_on is null order by due_on limit 1) d on true""";

    private final JdbcClient jdbc;

    CaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<CaseSummary> search(DataScope scope, CaseSearch search, LocalDate dueSoonLimit, PageRequest request) {
        String where = where(scope, search);
        long total = bind(jdbc.sql("select count(*)" + FROM + where), scope, search, dueSoonLimit)
                .query(Long.class).single();
        List<CaseSummary> rows = bind(jdbc.sql("""
                select c.id, c.code, c.case_number, c.decision_number, c.agency_id, c.party_id, c.state, c.source_kind, c.summary, c.discovered_on,
                       c.filed_on, p.kind as decided, coalesce(p.fine_fen, 0) as fine_fen, d.kind as next_kind,
                       d.due_on as next_due, coalesce(d.provisional, false) as next_provisional""" + FROM + where
                        + " order by c.id desc limit :limit offset :offset"), scope, search, dueSoonLimit)
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
            where.append(" and d.due_on <= :dueSoonLimit");
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
