package org.fazhi.casework.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.evidence.Evidence;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What hangs off a case: its three proposals, evidence, recusals, extensions and payments. */
@Component
class CaseChildren {

    private enum Stage { PROPOSED, NOTIFIED, DECIDED }

    private final JdbcClient jdbc;
    private final CaseClock clock;

    CaseChildren(JdbcClient jdbc, CaseClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    PenaltyCase complete(PenaltyCase row) {
        long id = row.id();
        Map<Stage, Proposal> proposals = new HashMap<>();
        jdbc.sql("select * from casework.proposal where case_id = ?").param(id)
                .query((rs, n) -> Map.entry(Stage.valueOf(rs.getString("stage")), proposal(rs))).list()
                .forEach(entry -> proposals.put(entry.getKey(), entry.getValue()));
        List<Evidence> evidence = jdbc.sql("select * from casework.evidence where case_id = ? order by id").param(id)
                .query((rs, n) -> new Evidence(rs.getLong("id"), EvidenceKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("description"),
                        rs.getObject("collected_on", LocalDate.class), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant())).list();
        List<Recusal> recusals = jdbc.sql("select * from casework.recusal where case_id = ? order by id").param(id)
                .query((rs, n) -> new Recusal(rs.getLong("id"), rs.getLong("officer_id"), rs.getString("officer_name"),
                        Recusal.Applicant.valueOf(rs.getString("applicant")), rs.getString("reason"),
                        rs.getObject("declared_on", LocalDate.class), rs.getString("declared_by"),
                        rs.getObject("upheld", Boolean.class), rs.getString("decided_by"),
                        rs.getObject("decided_on", LocalDate.class))).list();
        List<Extension> extensions = jdbc.sql("select * from casework.extension where case_id = ? order by id")
                .param(id).query((rs, n) -> new Extension(rs.getLong("id"), rs.getInt("days"), rs.getString("reason"),
                        rs.getString("approved_by"), rs.getObject("approved_on", LocalDate.class))).list();
        List<Payment> payments = jdbc.sql("select * from casework.payment where case_id = ? order by paid_on, id")
                .param(id).query((rs, n) -> new Payment(rs.getLong("id"), rs.getObject("paid_on", LocalDate.class),
                        Money.ofFen(rs.getLong("amount_fen")), rs.getString("recorded_by"))).list();
        PenaltyCase complete = row.with(new PenaltyCase.Review(proposals.get(Stage.PROPOSED),
                        row.review().benchmarkFindings(), row.review().legalReviewPassedAt(), row.review().legalReviewer(),
                        row.review().legalReviewNote(), row.review().discussedOn(), row.review().discussion()))
                .with(new PenaltyCase.Notice(proposals.get(Stage.NOTIFIED), row.notice().notifiedOn(),
                        row.notice().hearingRights(), row.notice().waived(), row.notice().statement()))
                .with(new PenaltyCase.Decision(proposals.get(Stage.DECIDED), row.decision().decidedOn(),
                        row.decision().reason(), row.decision().searchedOn(), row.decision().searchCriteria(),
                        row.decision().found()));
        return new PenaltyCase(complete.id(), complete.county(), complete.agencyId(), complete.code(), complete.state(),
                complete.origin(), complete.investigation(), complete.review(), complete.notice(), complete.hearing(),
                complete.decision(), complete.execution(), evidence, recusals, extensions, payments,
                complete.createdBy(), complete.version());
    }

    /**
     * Writes what changed between {@code before} and {@code after}; answers the case as a read would give it after
     * the row's update (new children with their ids, in a read's order; what the update leaves alone from
     * {@code before}; the next version), so that a step need not read the case back.
     */
    PenaltyCase save(PenaltyCase before, PenaltyCase after) {
        long id = before.id();
        saveProposal(id, Stage.PROPOSED, before.review().proposed(), after.review().proposed());
        saveProposal(id, Stage.NOTIFIED, before.notice().notified(), after.notice().notified());
        saveProposal(id, Stage.DECIDED, before.decision().decided(), after.decision().decided());
        Timestamp now = Timestamp.from(clock.now().truncatedTo(ChronoUnit.MICROS)); // as PostgreSQL keeps it
        List<Evidence> evidence = after.evidence().stream().map(item -> item.id() != 0 ? item : new Evidence(
                inserted(jdbc.sql("""
                        insert into casework.evidence (case_id, kind, title, description, collected_on, recorded_by,
                               recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id""").params(id, item.kind().name(),
                        item.title(), item.description(), item.collectedOn(), item.recordedBy(), now)),
                item.kind(), item.title(), item.description(), item.collectedOn(), item.recordedBy(), now.toInstant()))
                .sorted(Comparator.comparingLong(Evidence::id)).toList();
        List<Extension> extensions = after.extensions().stream().map(extension -> extension.id() != 0 ? extension
                : new Extension(inserted(jdbc.sql("""
                        insert into casework.extension (case_id, days, reason, approved_by, approved_on)
                        values (?, ?, ?, ?, ?) returning id""").params(id, extension.days(), extension.reason(),
                        extension.approvedBy(), extension.approvedOn())), extension.days(), extension.reason(),
                        extension.approvedBy(), extension.approvedOn()))
                .sorted(Comparator.comparingLong(Extension::id)).toList();
        List<Payment> payments = after.payments().stream().map(payment -> payment.id() != 0 ? payment
                : new Payment(inserted(jdbc.sql("""
                        insert into casework.payment (case_id, paid_on, amount_fen, recorded_by) values (?, ?, ?, ?)
                        returning id""").params(id, payment.paidOn(), payment.amount().fen(), payment.recordedBy())),
                        payment.paidOn(), payment.amount(), payment.recordedBy()))
                .sorted(Comparator.comparing(Payment::paidOn).thenComparingLong(Payment::id)).toList();
        List<Recusal> recusals = after.recusals().stream().map(recusal -> saveRecusal(id, before.recusals(), recusal))
                .sorted(Comparator.comparingLong(Recusal::id)).toList();
        return new PenaltyCase(id, before.county(), before.agencyId(), before.code(), after.state(), before.origin(),
                after.investigation(), after.review(), after.notice(), after.hearing(), after.decision(),
                after.execution(), evidence, recusals, extensions, payments, before.createdBy(), before.version() + 1);
    }

    private static long inserted(JdbcClient.StatementSpec insert) {
        return insert.query(Long.class).single();
    }

    private Recusal saveRecusal(long caseId, List<Recusal> before, Recusal recusal) {
        if (recusal.id() == 0) {
            long id = inserted(jdbc.sql("""
                    insert into casework.recusal (case_id, officer_id, officer_name, applicant, reason, declared_on,
                           declared_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(caseId, recusal.officerId(), recusal.officerName(), recusal.applicant().name(),
                            recusal.reason(), recusal.declaredOn(), recusal.declaredBy()));
            return new Recusal(id, recusal.officerId(), recusal.officerName(), recusal.applicant(), recusal.reason(),
                    recusal.declaredOn(), recusal.declaredBy(), null, null, null);
        } else if (!before.contains(recusal)) {
            jdbc.sql("update casework.recusal set upheld = ?, decided_by = ?, decided_on = ? where id = ? and case_id = ?")
                    .params(recusal.upheld(), recusal.decidedBy(), recusal.decidedOn(), recusal.id(), caseId).update();
        }
        return recusal;
    }

    private void saveProposal(long caseId, Stage stage, @Nullable Proposal before, @Nullable Proposal after) {
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.sql("delete from casework.proposal where case_id = ? and stage = ?").params(caseId, stage.name()).update();
        if (after != null) {
            jdbc.sql("""
                    insert into casework.proposal (case_id, stage, kind, penalties, fine_fen, confiscation_fen, tier,
                           within_benchmark, outside_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, stage.name(), after.kind().name(),
                            after.penalties().stream().map(Enum::name).sorted().toArray(String[]::new),
                            after.fine().fen(), after.confiscation().fen(), after.tier(), after.withinBenchmark(),
                            after.outsideReason()).update();
        }
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        EnumSet<PenaltyKind> penalties = EnumSet.noneOf(PenaltyKind.class);
        CaseRepository.strings(rs.getArray("penalties")).forEach(name -> penalties.add(PenaltyKind.valueOf(name)));
        return new Proposal(DecisionKind.valueOf(rs.getString("kind")), penalties, Money.ofFen(rs.getLong("fine_fen")),
                Money.ofFen(rs.getLong("confiscation_fen")), rs.getString("tier"),
                rs.getObject("within_benchmark", Boolean.class), rs.getString("outside_reason"));
    }
}
