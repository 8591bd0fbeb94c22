package org.fazhi.disclosure.generation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.fazhi.casework.DecisionText;
import org.fazhi.disclosure.publication.PublishingRules;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes generated publications as JDBC batches inside the caller's transaction; a case published already keeps
 * its publication ({@code on conflict do nothing}, as a decision announced twice).
 */
@Component
class PublicationRows {

    /** One publication to write: its first form and what became of it. */
    record Written(PublishingRules.Draft draft, PublicationFate fate) {
    }

    private static final String INSERT = """
            insert into disclosure.publication (case_id, decision_number, agency_id, region_code, decided_on, due_on,
                   due_provisional, decision_kind, party_name, natural_person, minor, penalties, fine_fen, items,
                   sections, original_text, spans, redacted_text, state, created_at, published_at, published_by,
                   published_on, expires_on, withdrawn_at, withdrawn_by, withdrawal_reason, overdue_raised_at,
                   version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?)
            on conflict (case_id) do nothing""";
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    PublicationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long write(List<Written> rows) {
        long written = 0;
        for (int[] batch : jdbc.batchUpdate(INSERT, rows, BATCH, PublicationRows::bind)) {
            for (int count : batch) {
                written += Math.max(count, 0);
            }
        }
        return written;
    }

    private static void bind(PreparedStatement ps, Written row) throws SQLException {
        PublishingRules.Draft d = row.draft();
        DecisionText decision = d.decision();
        PublicationFate f = row.fate();
        int i = 0;
        ps.setLong(++i, decision.caseId());
        ps.setString(++i, decision.decisionNumber());
        ps.setLong(++i, decision.agencyId());
        ps.setString(++i, decision.county().value());
        ps.setObject(++i, decision.decidedOn());
        ps.setObject(++i, d.dueOn());
        ps.setBoolean(++i, d.dueProvisional());
        ps.setString(++i, decision.kind().name());
        ps.setString(++i, decision.partyName());
        ps.setBoolean(++i, decision.naturalPerson());
        ps.setBoolean(++i, d.minor());
        ps.setString(++i, d.penalties());
        ps.setLong(++i, decision.fine().fen());
        ps.setString(++i, d.items());
        ps.setString(++i, d.sectionsJson());
        ps.setString(++i, d.originalText());
        ps.setString(++i, d.spansJson());
        ps.setString(++i, d.redactedText());
        ps.setString(++i, f.state());
        ps.setObject(++i, f.createdAt());
        nullable(ps, ++i, f.publishedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        nullable(ps, ++i, f.publishedBy(), Types.VARCHAR);
        nullable(ps, ++i, f.publishedOn(), Types.DATE);
        nullable(ps, ++i, f.expiresOn(), Types.DATE);
        nullable(ps, ++i, f.withdrawnAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        nullable(ps, ++i, f.withdrawnBy(), Types.VARCHAR);
        nullable(ps, ++i, f.withdrawalReason(), Types.VARCHAR);
        nullable(ps, ++i, f.overdueRaisedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setInt(++i, f.version());
    }

    private static void nullable(PreparedStatement ps, int index, @Nullable Object value, int type)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else {
            ps.setObject(index, value);
        }
    }
}
