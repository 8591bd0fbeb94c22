package org.fazhi.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Decisions taken without the 法制审核 行政处罚法第五十八条 requires, by the same test the procedure applies before a
 * decision (CaseProcedure.legalReviewRequired and the review passed after any hearing), asked of the records as
 * they are: the procedure refuses such a decision, so these come from records written around it (ledgers taken
 * over, generated data) or from a flag set after the fact. General procedure only: the simple procedure has none.
 */
@Service
public class UnreviewedDecisions {

    private static final String QUERY = """
            select c.id, c.code, c.agency_id, c.decided_on, c.major_public_interest, c.complex, c.hearing_held_at,
                   c.legal_review_passed_at
              from casework.penalty_case c
             where %s and c.decided_on is not null and c.procedure = 'GENERAL'
               and (:everyCase or c.major_public_interest or c.complex or c.hearing_held_at is not null)
               and (c.legal_review_passed_at is null
                    or c.legal_review_passed_at <= coalesce(c.hearing_held_at, '-infinity'::timestamptz)
                    or (c.legal_review_passed_at at time zone 'Asia/Shanghai')::date > c.decided_on)
             order by c.id""";

    private final JdbcClient jdbc;
    private final CaseworkProperties rules;

    UnreviewedDecisions(JdbcClient jdbc, CaseworkProperties rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public List<UnreviewedDecision> inCounty(RegionCode county) {
        return jdbc.sql(QUERY.formatted("c.region_code = :scope")).param("scope", county.county().value())
                .param("everyCase", rules.legalReviewForEveryCase()).query(this::decision).list();
    }

    /** The case, when its decision lacks the review; empty otherwise. */
    public List<UnreviewedDecision> ofCase(long caseId) {
        return jdbc.sql(QUERY.formatted("c.id = :scope")).param("scope", caseId)
                .param("everyCase", rules.legalReviewForEveryCase()).query(this::decision).list();
    }

    /** Those of these cases whose decision lacks the review. */
    public List<UnreviewedDecision> ofCases(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : jdbc.sql(QUERY.formatted("c.id = any(:scope::bigint[])"))
                .param("scope", caseIds.toArray(Long[]::new)).param("everyCase", rules.legalReviewForEveryCase())
                .query(this::decision).list();
    }

    private UnreviewedDecision decision(ResultSet rs, int n) throws SQLException {
        return new UnreviewedDecision(rs.getLong("id"), rs.getString("code"), rs.getLong("agency_id"),
                rs.getObject("decided_on", LocalDate.class), rs.getBoolean("major_public_interest"),
                rs.getBoolean("complex"), instant(rs.getTimestamp("hearing_held_at")),
                rules.legalReviewForEveryCase(), instant(rs.getTimestamp("legal_review_passed_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
