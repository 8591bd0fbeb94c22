package org.fazhi.casework.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.evidence.EvidenceKind;

/**
 * The demo cases of one agency, one in every stage and outcome of the procedure, each told as the days (counted
 * back from today) on which its steps were taken. Some stand just before or after a deadline, so that the
 * due-soon list has something to show. Clues come from the agency's inspections where one is old enough.
 */
final class CaseStories {

    private static final Investigations.Weight ORDINARY = new Investigations.Weight(false, false, false);
    private static final Investigations.Weight MAJOR = new Investigations.Weight(true, false, false);
    private static final String FACTS = "经营场所未按规定公示许可证件，现场检查发现违法行为，已责令改正";

    private final DemoDesk desk;
    private final DemoClues clues;

    CaseStories(DemoDesk desk, DemoClues clues) {
        this.desk = desk;
        this.clues = clues;
    }

    /** Every story, oldest first, so that later stories' earlier-violation searches see the older cases. */
    int tell() {
        int before = clues.used();
        archived();
        courtApplied();
        reminded();
        closed();
        payingByInstalments();
        heard();
        extended();
        missed();
        notPenalised();
        dueSoon();
        delivered();
        returnedByLegalReview();
        hearingScheduled();
        hearingRequested();
        reviewed();
        legalReview();
        firstOffenceWaived();
        underReview();
        decided();
        transferred();
        investigating();
        notified();
        declined();
        clue();
        return clues.used() - before;
    }

    private void archived() {
        long id = decidedPenalty(420, 360);
        desk.deliver(id, 358);
        desk.pay(id, 350, desk.bench().ordinaryFine());
        desk.close(id, 345, "罚款已缴清");
        desk.archive(id, 340);
    }

    private void courtApplied() {
        long id = decidedPenalty(400, 330);
        desk.deliver(id, 328);
        desk.remind(id, 300);
        desk.applyToCourt(id, 110);
    }

    private void reminded() {
        long id = decidedPenalty(160, 100);
        desk.deliver(id, 98);
        desk.remind(id, 60);
    }

    private void closed() {
        long id = decidedPenalty(150, 100);
        desk.deliver(id, 98);
        desk.pay(id, 90, desk.bench().ordinaryFine());
        desk.close(id, 85, "罚款已缴清");
    }

    private void payingByInstalments() {
        long id = decidedPenalty(120, 70);
        desk.deliver(id, 68);
        desk.paymentPlan(id, 60, 90, "经当事人申请，准予分两期缴纳");
        desk.pay(id, 30, desk.bench().ordinaryFine().divide(BigDecimal.valueOf(2)));
    }

    private void heard() {
        long id = filedWithEvidence(90);
        desk.submit(id, 50, desk.heavyPenalty(), ORDINARY);
        desk.notifyParty(id, 40);
        desk.requestHearing(id, 38);
        LocalDate day = desk.scheduleHearing(id, 38);
        desk.holdHearing(id, day, "当事人对违法事实无异议，请求从轻处罚");
    }

    private void extended() {
        long id = filedWithEvidence(105);
        desk.extend(id, 92, 30, "案情复杂，需进一步调查取证");
    }

    /** The 90 days of 第六十条 ran out ten days ago. */
    private void missed() {
        filedWithEvidence(100);
    }

    private void notPenalised() {
        long id = filedWithEvidence(80);
        String reason = "违法行为轻微并及时改正，没有造成危害后果";
        desk.submit(id, 40, DemoDesk.without(DecisionKind.NO_PENALTY, reason), ORDINARY);
        desk.notifyParty(id, 30);
        desk.statement(id, 29, null, true);
        desk.decide(id, 25, DemoDesk.without(DecisionKind.NO_PENALTY, reason));
        desk.deliver(id, 23);
        desk.close(id, 20, "不予行政处罚决定书已送达");
    }

    /** Filed 88 days ago: the decision is due within days. */
    private void dueSoon() {
        filedWithEvidence(88);
    }

    /** Delivered 12 days ago: the fine is due within days. */
    private void delivered() {
        long id = decidedPenalty(90, 20);
        desk.deliver(id, 12);
    }

    private void returnedByLegalReview() {
        long id = filedWithEvidence(75);
        desk.submit(id, 25, desk.ordinaryPenalty(), MAJOR);
        desk.submitForLegalReview(id, 20);
        desk.returnLegalReview(id, 14, "证据不足以证明违法所得数额，请补充调查");
        desk.evidence(id, 10, EvidenceKind.DOCUMENTARY, "销售台账");
    }

    private void hearingScheduled() {
        long id = filedWithEvidence(62);
        desk.submit(id, 16, desk.heavyPenalty(), ORDINARY);
        desk.notifyParty(id, 6);
        desk.requestHearing(id, 5);
        desk.scheduleHearing(id, 5);
    }

    private void hearingRequested() {
        long id = filedWithEvidence(60);
        desk.submit(id, 15, desk.heavyPenalty(), ORDINARY);
        desk.notifyParty(id, 4);
        desk.requestHearing(id, 3);
    }

    private void reviewed() {
        long id = filedWithEvidence(70);
        desk.submit(id, 15, desk.ordinaryPenalty(), MAJOR);
        desk.submitForLegalReview(id, 12);
        desk.passLegalReview(id, 6);
    }

    private void legalReview() {
        long id = filedWithEvidence(50);
        desk.submit(id, 10, desk.ordinaryPenalty(), MAJOR);
        desk.submitForLegalReview(id, 7);
    }

    private void firstOffenceWaived() {
        Long item = desk.bench().firstOffenceItemId();
        if (item == null) {
            return;
        }
        String reason = "初次违法且危害后果轻微并及时改正，依法不予行政处罚";
        long id = clues.registered(67);
        desk.fileFor(id, 65, FACTS, item);
        desk.evidence(id, 60, EvidenceKind.INSPECTION_RECORD, "现场检查笔录");
        desk.submit(id, 30, DemoDesk.without(DecisionKind.FIRST_OFFENCE_WAIVED, reason), ORDINARY);
        desk.notifyParty(id, 22);
        desk.statement(id, 21, null, true);
        desk.decide(id, 15, DemoDesk.without(DecisionKind.FIRST_OFFENCE_WAIVED, reason));
        desk.deliver(id, 13);
    }

    private void underReview() {
        long id = filedWithEvidence(45);
        desk.submit(id, 5, desk.ordinaryPenalty(), ORDINARY);
    }

    /** Decided three days ago, to be delivered within seven working days. */
    private void decided() {
        decidedPenalty(60, 3);
    }

    private void transferred() {
        long id = filedWithEvidence(55);
        String reason = "涉嫌生产销售伪劣产品罪，依法移送公安机关";
        desk.submit(id, 20, DemoDesk.without(DecisionKind.TRANSFERRED, reason), ORDINARY);
        desk.notifyParty(id, 12);
        desk.statement(id, 11, null, true);
        desk.decide(id, 8, DemoDesk.without(DecisionKind.TRANSFERRED, reason));
    }

    private void investigating() {
        filedWithEvidence(30);
    }

    private void notified() {
        long id = filedWithEvidence(40);
        desk.submit(id, 8, desk.ordinaryPenalty(), ORDINARY);
        desk.notifyParty(id, 2);
    }

    private void declined() {
        long id = clues.forFiling(55);
        desk.decline(id, 55, "经核查，举报事项不属实，不予立案");
    }

    private void clue() {
        clues.registered(2);
    }

    /** Filed on the day, evidence ten days later (or the day before today). */
    private long filedWithEvidence(int filedDaysAgo) {
        long id = clues.forFiling(filedDaysAgo);
        desk.file(id, filedDaysAgo, FACTS);
        desk.evidence(id, Math.max(1, filedDaysAgo - 10), EvidenceKind.INSPECTION_RECORD, "现场检查笔录");
        return id;
    }

    /** Filed, investigated, notified, the party gave up its rights, and the ordinary fine decided on the day. */
    private long decidedPenalty(int filedDaysAgo, int decidedDaysAgo) {
        long id = filedWithEvidence(filedDaysAgo);
        int span = filedDaysAgo - decidedDaysAgo;
        desk.submit(id, decidedDaysAgo + span / 2, desk.ordinaryPenalty(), ORDINARY);
        desk.notifyParty(id, decidedDaysAgo + 10);
        desk.statement(id, decidedDaysAgo + 9, "当事人放弃陈述申辩", true);
        desk.decide(id, decidedDaysAgo, desk.ordinaryPenalty());
        return id;
    }
}
