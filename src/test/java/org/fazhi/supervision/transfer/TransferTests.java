package org.fazhi.supervision.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.WorkdayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transfer's life cycle and its time limits on the working-day calendar (2026's holidays), without Spring. */
class TransferTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final List<DocumentKind> POLICE_DOCUMENTS = List.of(DocumentKind.TRANSFER_LETTER,
            DocumentKind.INVESTIGATION_REPORT, DocumentKind.EXHIBIT_LIST, DocumentKind.EXPERT_OPINION);
    static final TransferProperties DEFAULTS = new TransferProperties(3, 24, 3, 3, 3, 3, 0, POLICE_DOCUMENTS,
            List.of(DocumentKind.TRANSFER_LETTER, DocumentKind.CLUE_MATERIAL), "县公安局", "涉嫌犯罪");
    static final TransferDeadlines LIMITS = new TransferDeadlines(DEFAULTS, WorkdayCalendar.china(), SHANGHAI);

    @Test
    void theHeadsThreeDaysEndingInTheNationalDayHolidayMoveToTheFirstWorkingDayAfter() {
        Transfer t = proposedAt("2026-09-29T10:00");

        assertThat(t.deadline(DeadlineKind.APPROVAL).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(t.overdueOn(LocalDate.of(2026, 10, 8))).isEmpty();
        assertThat(t.overdueOn(LocalDate.of(2026, 10, 9))).isPresent();
    }

    @Test
    void theHandOverHasTwentyFourHoursWhateverTheHolidays() {
        Transfer t = proposedAt("2026-09-29T10:00");
        t.approve("head", at("2026-09-30T17:00"), LIMITS);

        TransferDeadline handover = t.deadline(DeadlineKind.HANDOVER).orElseThrow();
        assertThat(handover.dueAt()).isEqualTo(at("2026-10-01T17:00"));
        assertThat(t.deadline(DeadlineKind.APPROVAL).orElseThrow().onTime()).isTrue();
        assertThat(t.state()).isEqualTo(TransferState.APPROVED);
    }

    @Test
    void refusesTheHandOverWithoutTheDocumentsTheRegulationRequires() {
        Transfer t = approved();
        t.addDocument(document(DocumentKind.TRANSFER_LETTER));

        assertThatThrownBy(() -> t.handOver(at("2026-09-30T18:00"), POLICE_DOCUMENTS, LIMITS))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.transfer.refused.documents-missing");
        assertThat(t.missing(POLICE_DOCUMENTS)).containsExactly(DocumentKind.INVESTIGATION_REPORT,
                DocumentKind.EXHIBIT_LIST, DocumentKind.EXPERT_OPINION);
        assertThat(t.state()).isEqualTo(TransferState.APPROVED);
    }

    @Test
    void filedByThePoliceThenExhibitsHandedOverClosesIt() {
        Transfer t = handedOver("2026-10-01T09:00");
        assertThat(t.deadline(DeadlineKind.POLICE_DECISION).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2026, 10, 8));

        t.decide(true, LocalDate.of(2026, 10, 8), "立案决定书", LIMITS);
        assertThat(t.deadline(DeadlineKind.POLICE_DECISION).orElseThrow().onTime()).isTrue();
        assertThat(t.deadline(DeadlineKind.EXHIBITS).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 10, 12));
        t.handOverExhibits(LocalDate.of(2026, 10, 13), LIMITS);

        assertThat(t.state()).isEqualTo(TransferState.CLOSED);
        assertThat(t.outcome()).isEqualTo(TransferOutcome.EXHIBITS_HANDED_OVER);
        assertThat(t.deadline(DeadlineKind.EXHIBITS).orElseThrow().onTime()).isFalse();
        assertThat(t.overdueOn(LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void notFiledThenReconsiderationOnceThenProcuratorateThenTheAdministrativeCaseContinues() {
        Transfer t = handedOver("2026-10-09T09:00");
        t.decide(false, LocalDate.of(2026, 10, 9), null, LIMITS);
        assertThat(t.deadline(DeadlineKind.RECONSIDERATION_REQUEST).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2026, 10, 12));

        t.requestReconsideration(LocalDate.of(2026, 10, 10), LIMITS);
        assertThat(t.deadline(DeadlineKind.RECONSIDERATION_DECISION).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2026, 10, 13));
        t.decide(false, LocalDate.of(2026, 10, 13), "复议维持", LIMITS);
        assertThatThrownBy(() -> t.requestReconsideration(LocalDate.of(2026, 10, 14), LIMITS))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.transfer.refused.reconsidered");

        t.askProcuratorate(LocalDate.of(2026, 10, 14), LIMITS);
        t.decide(false, LocalDate.of(2026, 10, 20), "检察院认为不需要立案", LIMITS);
        t.continueAdministrativeCase(LocalDate.of(2026, 10, 21));

        assertThat(t.outcome()).isEqualTo(TransferOutcome.ADMINISTRATIVE_CONTINUES);
        assertThat(t.deadlines()).noneMatch(TransferDeadline::isOpen);
    }

    @Test
    void theHeadMayRefuseAndTheStepsAfterAreRefused() {
        Transfer t = proposedAt("2026-09-29T10:00");
        t.refuse("head", at("2026-09-30T10:00"), "证据不足以认定涉嫌犯罪");

        assertThat(t.outcome()).isEqualTo(TransferOutcome.NOT_APPROVED);
        assertThat(t.state().isOpen()).isFalse();
        assertThatThrownBy(() -> t.approve("head", at("2026-09-30T11:00"), LIMITS))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.transfer.refused.state");
    }

    @Test
    void aLimitEndingInAYearWithoutPublishedHolidaysIsProvisional() {
        Transfer t = proposedAt("2026-12-31T10:00");

        TransferDeadline approval = t.deadline(DeadlineKind.APPROVAL).orElseThrow();
        assertThat(approval.dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(approval.provisional()).isTrue();
    }

    @Test
    void aCommissionTransferEndsWithTheCommissionsAnswer() {
        Transfer t = Transfer.proposed(opening(TransferKind.SUPERVISION_COMMISSION), "officer",
                at("2026-11-02T09:00"), LIMITS);
        t.approve("head", at("2026-11-02T10:00"), LIMITS);
        t.addDocument(document(DocumentKind.TRANSFER_LETTER));
        t.addDocument(document(DocumentKind.CLUE_MATERIAL));
        t.handOver(at("2026-11-02T15:00"), DEFAULTS.requiredFor(TransferKind.SUPERVISION_COMMISSION), LIMITS);
        t.decide(true, LocalDate.of(2026, 11, 20), null, LIMITS);

        assertThat(t.outcome()).isEqualTo(TransferOutcome.ACCEPTED);
    }

    static Transfer proposedAt(String local) {
        return Transfer.proposed(opening(TransferKind.PUBLIC_SECURITY), "officer", at(local), LIMITS);
    }

    static Transfer approved() {
        Transfer t = proposedAt("2026-09-29T10:00");
        t.approve("head", at("2026-09-30T17:00"), LIMITS);
        return t;
    }

    static Transfer handedOver(String local) {
        Transfer t = proposedAt("2026-09-29T10:00");
        t.approve("head", at("2026-09-30T17:00"), LIMITS);
        POLICE_DOCUMENTS.forEach(k -> t.addDocument(document(k)));
        t.handOver(at(local), POLICE_DOCUMENTS, LIMITS);
        return t;
    }

    static Transfer.Opening opening(TransferKind kind) {
        return new Transfer.Opening(1, "郏市监罚〔2026〕1号", RegionCode.of("410425"), 7, kind, "涉嫌生产、销售伪劣产品罪",
                "郏县公安局");
    }

    static Transfer.Document document(DocumentKind kind) {
        return new Transfer.Document(kind, kind.ordinal() + 1, kind.name() + ".pdf", "officer", at("2026-09-30T12:00"));
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
