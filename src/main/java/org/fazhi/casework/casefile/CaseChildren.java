package org.fazhi.casework.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
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

    void save(PenaltyCase before, PenaltyCase after) {
        long id = before.id();
        saveProposal(id, Stage.PROPOSED, before.review().proposed(), after.review().proposed());
        saveProposal(id, Stage.NOTIFIED, before.notice().notified(), after.notice().notified());
        saveProposal(id, Stage.DECIDED, before.decision().decided(), after.decision().decided());
        after.evidence().stream().filter(item -> item.id() == 0).forEach(item -> jdbc.sql("""
                insert into casework.evidence (case_id, kind, title, description, collected_on, recorded_by,
                       recorded_at) values (?, ?, ?, ?, ?, ?, ?)""").params(id, item.kind().name(), item.title(),
                item.description(), item.collectedOn(), item.recordedBy(), Timestamp.from(clock.now())).update());
        after.extensions().stream().filter(extension -> extension.id() == 0).forEach(extension -> jdbc.sql("""
                insert into casework.extension (case_id, days, reason, approved_by, approved_on) values (?, ?, ?, ?, ?)""")
                .params(id, extension.days(), extension.reason(), extension.approvedBy(), extension.approvedOn())
                .update());
        after.payments().stream().filter(payment -> payment.id() == 0).forEach(payment -> jdbc.sql("""
                insert into casework.payment (case_id, paid_on, amount_fen, recorded_by) values (?, ?, ?, ?)""")
                .params(id, payment.paidOn(), payment.amount().fen(), payment.recordedBy()).update());
        after.recusals().forEach(recusal -> saveRecusal(id, before.recusals(), recusal));
    }

    private void saveRecusal(long caseId, List<Recusal> before, Recusal recusal) {
        if (recusal.id() == 0) {
            jdbc.sql("""
                    insert into casework.recusal (case_id, officer_id, officer_name, applicant, reason, declared_on,
                           declared_by) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, recusal.officerId(), recusal.officerName(), recusal.applicant().name(),
                            recusal.reason(), recusal.declaredOn(), recusal.declaredBy()).update();
        } else if (!before.contains(recusal)) {
            jdbc.sql("update casework.recusal set upheld = ?, decided_by = ?, decided_on = ? where id = ? and case_id = ?")
                    .params(recusal.upheld(), recusal.decidedBy(), recusal.decidedOn(), recusal.id(), caseId).update();
        }
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
