package org.fazhi.supervision.monitoring.rule;

import java.util.List;

import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.ProposalForm;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.Certificates;
import org.fazhi.registry.officer.Officer;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.fazhi.casework.CaseworkTestData.evidence;

/**
 * Records the rules look at, made through the modules' services. The services refuse what most rules look for (an
 * uncertified handler, a lone officer, a decision without its 法制审核), so a test that needs such a record writes
 * the one flag or list the way a ledger taken over or the generator would, after the service made the rest.
 */
@Component
class RuleTestData {

    private final CaseworkTestData casework;
    private final InspectionTestData inspections;
    private final Investigations investigations;
    private final Decisions decisions;
    private final Tasks tasks;
    private final Certificates certificates;
    private final JdbcClient jdbc;

    RuleTestData(CaseworkTestData casework, InspectionTestData inspections, Investigations investigations,
                 Decisions decisions, Tasks tasks, Certificates certificates, JdbcClient jdbc) {
        this.casework = casework;
        this.inspections = inspections;
        this.investigations = investigations;
        this.decisions = decisions;
        this.tasks = tasks;
        this.certificates = certificates;
        this.jdbc = jdbc;
    }

    Handling agency(String prefix) {
        return casework.agency(prefix);
    }

    /** Decided with a warning and a fine in the 一般 tier, no 法制审核 (an ordinary case needs none). */
    long decided(Handling h, String fineYuan) {
        return casework.decided(h, fineYuan);
    }

    /** Decided outside the tier: the proposal and the decision give {@code reason}. */
    long decidedOutside(Handling h, String fineYuan, String reason) {
        long id = casework.filed(h);
        ProposalForm outside = CaseworkTestData.fine(fineYuan, reason);
        investigations.recordEvidence(h.officer(), id, casework.next(id), evidence());
        investigations.submitForReview(h.officer(), id, casework.next(id), outside, CaseworkTestData.ordinary());
        investigations.notifyParty(h.officer(), id, casework.next(id));
        investigations.recordStatement(h.officer(), id, casework.next(id), null, true);
        decisions.decide(h.head(), id, casework.next(id), outside);
        return id;
    }

    /** A case of major public interest (第五十八条第一项), its 法制审核 passed by the legal office, then decided. */
    long decidedAfterLegalReview(Handling h, String fineYuan) {
        long id = casework.filed(h);
        investigations.recordEvidence(h.officer(), id, casework.next(id), evidence());
        investigations.submitForReview(h.officer(), id, casework.next(id), CaseworkTestData.fine(fineYuan, null),
                new Investigations.Weight(true, false, false));
        investigations.submitForLegalReview(h.officer(), id, casework.next(id));
        investigations.passLegalReview(h.head(), id, casework.next(id), "事实清楚，同意");
        investigations.notifyParty(h.officer(), id, casework.next(id));
        investigations.recordStatement(h.officer(), id, casework.next(id), null, true);
        decisions.decide(h.head(), id, casework.next(id), CaseworkTestData.fine(fineYuan, null));
        return id;
    }

    long filed(Handling h) {
        return casework.filed(h);
    }

    /** An approved 个案检查 by the agency's first two officers, still open. */
    InspectionTask openTask(Handling h) {
        return inspections.approvedTask(h.inspecting(), inspections.enterprise(false));
    }

    /** An approved task concluded today without a problem. */
    InspectionTask concluded(InspectionTask task, Handling h) {
        return tasks.conclude(h.officer(), task.id(), task.version(), InspectionResult.NO_PROBLEM, null, "未发现问题");
    }

    Officer officer(Handling h, int index) {
        return h.inspecting().officers().get(index);
    }

    Certificate certificateOf(Officer officer) {
        return certificates.ofOfficer(officer.id()).get(0);
    }

    Certificate suspend(Officer officer) {
        return certificates.suspend(RegistryTestData.admin(), certificateOf(officer).id(), "年审不合格");
    }

    Certificate revoke(Officer officer) {
        return certificates.revoke(RegistryTestData.admin(), certificateOf(officer).id(), "调离执法岗位");
    }

    /** A ledger record taken over names these handlers, whatever the procedure would have allowed. */
    void handlersWritten(long caseId, List<Long> officerIds) {
        jdbc.sql("update casework.penalty_case set handler_ids = :ids::bigint[] where id = :id")
                .param("ids", officerIds.toArray(Long[]::new)).param("id", caseId).update();
    }

    static boolean about(AlertCause cause, String type, long id) {
        return cause.subject().sameRecord(new Subject(type, id, ""));
    }

    JdbcClient jdbc() {
        return jdbc;
    }
}
