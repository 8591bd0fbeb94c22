package org.fazhi.casework.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.casefile.CaseClock;
import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.Outcome;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.ProposalForm;
import org.fazhi.casework.casefile.SourceKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;

/**
 * One agency's desk replaying the steps of its demo cases on past days, through the same services and rules as
 * its officers: each step as of its day ({@link CaseClock#asOf}), in order. Days are counted back from today.
 */
final class DemoDesk {

    /** The services a desk works with. */
    record Services(PenaltyCases cases, Investigations investigations, Decisions decisions, CaseClock clock,
                    CaseDeadlines deadlines) {
    }

    /**
     * Who works at the desk and what they cite: an officer's and the legal office's accounts, three officers
     * certified throughout (two handlers and a hearing chair), a penalty item with a fixed-amount tier of its
     * benchmark and a fine inside it, and, if the agency has one, an item on the county's 首违不罚 list.
     */
    record Bench(SignedInUser officer, SignedInUser head, List<Long> officers, long itemId, String tier,
                 BigDecimal ordinaryFine, @Nullable Long firstOffenceItemId) {
    }

    private final Services services;
    private final Bench bench;
    private final LocalDate today;
    private final Map<Long, Integer> versions = new HashMap<>();
    private int step;

    DemoDesk(Services services, Bench bench) {
        this.services = services;
        this.bench = bench;
        this.today = services.clock().today();
    }

    Bench bench() {
        return bench;
    }

    /** A clue registered on the day from a complaint, a referral or the agency's own discovery. */
    long clue(int daysAgo, String partyCode, String summary, SourceKind source, @Nullable String reference) {
        return on(daysAgo, () -> services.cases().registerClue(bench.officer(), new PenaltyCases.ClueForm(source,
                reference, partyCode, summary, services.clock().today()), UUID.randomUUID().toString()).caseId());
    }

    void file(long id, int daysAgo, String facts) {
        fileFor(id, daysAgo, facts, bench.itemId());
    }

    void fileFor(long id, int daysAgo, String facts, long itemId) {
        step(id, daysAgo, request -> services.cases().fileCase(bench.officer(), id, request,
                new PenaltyCases.FilingForm(List.of(itemId), bench.officers().subList(0, 2), facts, services.clock().today().minusDays(10),
                false)));
    }

    void decline(long id, int daysAgo, String reason) {
        step(id, daysAgo, request -> services.cases().declineToFile(bench.officer(), id, request, reason));
    }

    void extend(long id, int daysAgo, int days, String reason) {
        step(id, daysAgo, request -> services.cases().extendDeadline(bench.head(), id, request, days, reason));
    }

    void evidence(long id, int daysAgo, EvidenceKind kind, String title) {
        step(id, daysAgo, request -> services.investigations().recordEvidence(bench.officer(), id, request,
                new Investigations.EvidenceForm(kind, title, null, services.clock().today())));
    }

    void submit(long id, int daysAgo, ProposalForm proposal, Investigations.Weight weight) {
        step(id, daysAgo, request -> services.investigations().submitForReview(bench.officer(), id, request, proposal,
                weight));
    }

    void submitForLegalReview(long id, int daysAgo) {
        step(id, daysAgo, request -> services.investigations().submitForLegalReview(bench.officer(), id, request));
    }

    void passLegalReview(long id, int daysAgo) {
        step(id, daysAgo, request -> services.investigations().passLegalReview(bench.head(), id, request,
                "事实清楚，证据确凿，程序合法，同意"));
    }

    void returnLegalReview(long id, int daysAgo, String opinion) {
        step(id, daysAgo, request -> services.investigations().rejectLegalReview(bench.head(), id, request, opinion));
    }

    void discuss(long id, int daysAgo, String conclusion) {
        step(id, daysAgo, request -> services.investigations().holdCollectiveDiscussion(bench.head(), id, request,
                services.clock().today(), conclusion));
    }

    void notifyParty(long id, int daysAgo) {
        step(id, daysAgo, request -> services.investigations().notifyParty(bench.officer(), id, request));
    }

    void statement(long id, int daysAgo, @Nullable String statement, boolean waived) {
        step(id, daysAgo, request -> services.investigations().recordStatement(bench.officer(), id, request, statement,
                waived));
    }

    void requestHearing(long id, int daysAgo) {
        step(id, daysAgo, request -> services.investigations().requestHearing(bench.officer(), id, request));
    }

    /** Notifies the hearing on the day for its first possible day; returns that day. */
    LocalDate scheduleHearing(long id, int daysAgo) {
        LocalDate day = services.deadlines().earliestHearing(today.minusDays(daysAgo)).date();
        step(id, daysAgo, request -> services.investigations().scheduleHearing(bench.officer(), id, request, day,
                bench.officers().get(2)));
        return day;
    }

    void holdHearing(long id, LocalDate day, String record) {
        step(id, daysAgo(day), request -> services.investigations().holdHearing(bench.officer(), id, request, record));
    }

    void decide(long id, int daysAgo, ProposalForm decision) {
        step(id, daysAgo, request -> services.decisions().decide(bench.head(), id, request, decision));
    }

    void deliver(long id, int daysAgo) {
        step(id, daysAgo, request -> services.decisions().deliver(bench.officer(), id, request));
    }

    void pay(long id, int daysAgo, BigDecimal yuan) {
        step(id, daysAgo, request -> services.decisions().recordPayment(bench.officer(), id, request, yuan,
                services.clock().today()));
    }

    void paymentPlan(long id, int daysAgo, int dueInDays, String plan) {
        step(id, daysAgo, request -> services.decisions().approvePaymentPlan(bench.head(), id, request,
                services.clock().today().plusDays(dueInDays), plan));
    }

    void remind(long id, int daysAgo) {
        step(id, daysAgo, request -> services.decisions().sendReminder(bench.officer(), id, request,
                services.clock().today()));
    }

    void applyToCourt(long id, int daysAgo) {
        step(id, daysAgo, request -> services.decisions().applyToCourt(bench.head(), id, request));
    }

    void close(long id, int daysAgo, String note) {
        step(id, daysAgo, request -> services.decisions().close(bench.officer(), id, request, note));
    }

    void archive(long id, int daysAgo) {
        step(id, daysAgo, request -> services.decisions().archive(bench.head(), id, request));
    }

    /** A warning and the ordinary fine of the chosen tier. */
    ProposalForm ordinaryPenalty() {
        return fine(bench.ordinaryFine(), null);
    }

    /** A fine large enough for hearing rights, outside the tier, with its reason. */
    ProposalForm heavyPenalty() {
        return fine(new BigDecimal("150000"), "货值金额大，违法持续时间长，社会影响恶劣");
    }

    private ProposalForm fine(BigDecimal yuan, @Nullable String outsideReason) {
        return new ProposalForm(DecisionKind.PENALTY, List.of(PenaltyKind.WARNING, PenaltyKind.FINE), yuan, null, null,
                null, bench.tier(), outsideReason, "违法事实清楚，证据确凿，依法应予处罚");
    }

    static ProposalForm without(DecisionKind kind, String reason) {
        return new ProposalForm(kind, null, null, null, null, null, null, null, reason);
    }

    private int daysAgo(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(day, today);
    }

    /** The step on the case's version as the desk's last step left it (a clue not yet touched is at 0). */
    private void step(long id, int daysAgo, Function<CaseSteps.Request, Outcome> action) {
        CaseSteps.Request request = new CaseSteps.Request(UUID.randomUUID().toString(), versions.getOrDefault(id, 0));
        versions.put(id, on(daysAgo, () -> action.apply(request)).version());
    }

    /** Successive steps get successive moments of their day, from 9 o'clock. */
    private <T> T on(int daysAgo, Supplier<T> action) {
        LocalTime time = LocalTime.of(9, 0).plusMinutes(step++ % 480);
        return services.clock().asOf(services.clock().at(today.minusDays(daysAgo), time), action);
    }
}
