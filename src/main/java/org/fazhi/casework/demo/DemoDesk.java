package org.fazhi.casework.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.casefile.CaseClock;
import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.ProposalForm;
import org.fazhi.casework.casefile.SourceKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.identity.SignedInUser;

/**
 * One agency's desk replaying the steps of its demo cases on past days, through the same services and rules as
 * its officers (the demo accounts {@code officer} and {@code agency}): each step as of its day, in order.
 */
final class DemoDesk {

    /** The services a desk works with. */
    record Services(PenaltyCases cases, Investigations investigations, Decisions decisions, CaseClock clock,
                    CaseDeadlines deadlines) {
    }

    private final Services services;
    private final SignedInUser officer;
    private final SignedInUser head;
    private final List<Long> handlers;
    private final long chair;
    private final long itemId;
    private final String tier;
    private final BigDecimal ordinaryFine;
    private final LocalDate today;
    private int step;

    DemoDesk(Services services, SignedInUser officer, SignedInUser head, List<Long> officers, long itemId, String tier,
             BigDecimal ordinaryFine) {
        this.services = services;
        this.officer = officer;
        this.head = head;
        this.handlers = officers.subList(0, 2);
        this.chair = officers.get(2);
        this.itemId = itemId;
        this.tier = tier;
        this.ordinaryFine = ordinaryFine;
        this.today = services.clock().today();
    }

    /** A clue registered on the day from a complaint or the agency's own discovery. */
    long clue(int daysAgo, String partyCode, String summary, SourceKind source) {
        return on(daysAgo, () -> services.cases().registerClue(officer, new PenaltyCases.ClueForm(source, null,
                partyCode, summary, services.clock().today()), UUID.randomUUID().toString()).caseId());
    }

    void file(long id, int daysAgo, String facts) {
        on(daysAgo, () -> services.cases().fileCase(officer, id, next(id), new PenaltyCases.FilingForm(List.of(itemId),
                handlers, facts, services.clock().today().minusDays(10), false)));
    }

    void decline(long id, int daysAgo, String reason) {
        on(daysAgo, () -> services.cases().declineToFile(officer, id, next(id), reason));
    }

    void extend(long id, int daysAgo, int days, String reason) {
        on(daysAgo, () -> services.cases().extendDeadline(head, id, next(id), days, reason));
    }

    void evidence(long id, int daysAgo, EvidenceKind kind, String title) {
        on(daysAgo, () -> services.investigations().recordEvidence(officer, id, next(id),
                new Investigations.EvidenceForm(kind, title, null, services.clock().today())));
    }

    void submit(long id, int daysAgo, ProposalForm proposal, Investigations.Weight weight) {
        on(daysAgo, () -> services.investigations().submitForReview(officer, id, next(id), proposal, weight));
    }

    void legalReview(long id, int submittedDaysAgo, int passedDaysAgo) {
        on(submittedDaysAgo, () -> services.investigations().submitForLegalReview(officer, id, next(id)));
        if (passedDaysAgo >= 0) {
            on(passedDaysAgo, () -> services.investigations().passLegalReview(head, id, next(id), "事实清楚，证据确凿，程序合法，同意"));
        }
    }

    void discuss(long id, int daysAgo, String conclusion) {
        on(daysAgo, () -> services.investigations().holdCollectiveDiscussion(head, id, next(id),
                services.clock().today(), conclusion));
    }

    void notifyParty(long id, int daysAgo) {
        on(daysAgo, () -> services.investigations().notifyParty(officer, id, next(id)));
    }

    void statement(long id, int daysAgo, String statement, boolean waived) {
        on(daysAgo, () -> services.investigations().recordStatement(officer, id, next(id), statement, waived));
    }

    /** Asks for a hearing, notifies it for its first possible day (not before {@code notEarlierThan}); returns it. */
    LocalDate hearing(long id, int daysAgo, LocalDate notEarlierThan) {
        on(daysAgo, () -> services.investigations().requestHearing(officer, id, next(id)));
        LocalDate earliest = services.deadlines().earliestHearing(today.minusDays(daysAgo)).date();
        LocalDate day = earliest.isBefore(notEarlierThan) ? notEarlierThan : earliest;
        on(daysAgo, () -> services.investigations().scheduleHearing(officer, id, next(id), day, chair));
        return day;
    }

    void holdHearing(long id, LocalDate day, String record) {
        on(daysAgo(day), () -> services.investigations().holdHearing(officer, id, next(id), record));
    }

    void decide(long id, int daysAgo, ProposalForm decision) {
        on(daysAgo, () -> services.decisions().decide(head, id, next(id), decision));
    }

    void deliver(long id, int daysAgo) {
        on(daysAgo, () -> services.decisions().deliver(officer, id, next(id)));
    }

    void pay(long id, int daysAgo, BigDecimal yuan) {
        on(daysAgo, () -> services.decisions().recordPayment(officer, id, next(id), yuan, services.clock().today()));
    }

    void remind(long id, int daysAgo) {
        on(daysAgo, () -> services.decisions().sendReminder(officer, id, next(id), services.clock().today()));
    }

    void applyToCourt(long id, int daysAgo) {
        on(daysAgo, () -> services.decisions().applyToCourt(head, id, next(id)));
    }

    void close(long id, int daysAgo) {
        on(daysAgo, () -> services.decisions().close(officer, id, next(id), "执行完毕"));
    }

    void archive(long id, int daysAgo) {
        on(daysAgo, () -> services.decisions().archive(head, id, next(id)));
    }

    /** A warning and the ordinary fine of the chosen tier. */
    ProposalForm ordinaryPenalty() {
        return fine(ordinaryFine, null);
    }

    /** A fine large enough for hearing rights, outside the tier, with its reason. */
    ProposalForm heavyPenalty() {
        return fine(new BigDecimal("150000"), "货值金额大，违法持续时间长，社会影响恶劣");
    }

    ProposalForm fine(BigDecimal yuan, String outsideReason) {
        return new ProposalForm(DecisionKind.PENALTY, List.of(PenaltyKind.WARNING, PenaltyKind.FINE), yuan, null, null,
                null, tier, outsideReason, "违法事实清楚，证据确凿，依法应予处罚");
    }

    static ProposalForm without(DecisionKind kind, String reason) {
        return new ProposalForm(kind, null, null, null, null, null, null, null, reason);
    }

    LocalDate today() {
        return today;
    }

    private int daysAgo(LocalDate day) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(day, today);
    }

    private CaseSteps.Request next(long id) {
        return new CaseSteps.Request(UUID.randomUUID().toString(), services.cases().get(head, id).version());
    }

    /** Successive steps get successive moments of their day, from 9 o'clock. */
    private <T> T on(int daysAgo, Supplier<T> action) {
        LocalTime time = LocalTime.of(9, 0).plusMinutes(step++ % 480);
        return services.clock().asOf(services.clock().at(today.minusDays(daysAgo), time), action);
    }
}
