package org.fazhi.supervision.transfer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * How a generated transfer went, step by step through the {@link Transfer} aggregate's own methods, so that its
 * states and time limits are the ones the regulation's steps give. Most steps are taken within their limits, a few
 * late (about 7% of hand-overs, 8% of police decisions, 8% of exhibit hand-overs); a step whose day has not come
 * yet is not taken, so the latest transfers are still pending. Public security files about 60% of the cases handed
 * over; of the others, one in five is put to reconsideration and a few to the procuratorate, the rest go on as
 * administrative cases. The commission accepts about 60% of the clues handed to it. Generated transfers carry no
 * document files (as generated cases carry no issued documents), so hand-over checks no documents.
 */
final class TransferStory {

    private final TransferDeadlines limits;
    private final LocalDate today;
    private final Random random;

    TransferStory(TransferDeadlines limits, LocalDate today, Random random) {
        this.limits = limits;
        this.today = today;
        this.random = random;
    }

    /** A case the head decided to transfer: approved by the decision at mid-morning of its day. */
    Transfer fromDecision(Transfer.Opening opening, LocalDate decidedOn) {
        Instant decided = limits.startOf(decidedOn).plus(Duration.ofHours(9 + random.nextInt(7)));
        Transfer t = Transfer.approvedByDecision(opening, decided, limits);
        handOverAndDecide(t, decided);
        return t;
    }

    /** A clue to the supervision commission: proposed, approved within the 3 days (most the same or next day). */
    Transfer toCommission(Transfer.Opening opening, LocalDate proposedOn) {
        Instant proposed = limits.startOf(proposedOn).plus(Duration.ofHours(9 + random.nextInt(6)));
        Transfer t = Transfer.proposed(opening, "generator", proposed, limits);
        Instant approved = proposed.plus(Duration.ofHours(2 + random.nextInt(random.nextInt(100) < 95 ? 48 : 120)));
        if (isPast(approved)) {
            t.approve("generator", approved, limits);
            handOverAndDecide(t, approved);
        }
        return t;
    }

    private void handOverAndDecide(Transfer t, Instant approved) {
        int late = random.nextInt(100);
        Instant handedOver = approved.plus(Duration.ofHours(late < 93 ? 1 + random.nextInt(20)
                : 25 + random.nextInt(48)));
        if (!isPast(handedOver)) {
            return;
        }
        t.handOver(handedOver, List.of(), limits);
        LocalDate handedOn = limits.dayOf(handedOver);
        if (t.opening().kind() == TransferKind.SUPERVISION_COMMISSION) {
            LocalDate answered = handedOn.plusDays(10 + random.nextInt(30));
            if (answered.isBefore(today)) {
                t.decide(random.nextInt(100) < 60, answered, null, limits);
            }
            return;
        }
        LocalDate decided = handedOn.plusDays(random.nextInt(100) < 92 ? random.nextInt(4) : 4 + random.nextInt(5));
        if (!decided.isBefore(today)) {
            return;
        }
        boolean filed = random.nextInt(100) < 60;
        t.decide(filed, decided, filed ? "立案侦查" : "认为没有犯罪事实，不予立案", limits);
        if (filed) {
            exhibits(t, decided);
        } else {
            notFiled(t, decided);
        }
    }

    private void exhibits(Transfer t, LocalDate filedOn) {
        LocalDate handed = filedOn.plusDays(random.nextInt(100) < 92 ? random.nextInt(4) : 4 + random.nextInt(4));
        if (handed.isBefore(today)) {
            t.handOverExhibits(handed, limits);
        }
    }

    /** Reconsideration (about 20%), the procuratorate (about 8%), or the administrative case goes on. */
    private void notFiled(Transfer t, LocalDate refusedOn) {
        int way = random.nextInt(100);
        LocalDate next = refusedOn.plusDays(1 + random.nextInt(3));
        if (!next.isBefore(today)) {
            return;
        }
        if (way < 20) {
            t.requestReconsideration(next, limits);
            LocalDate answered = next.plusDays(random.nextInt(100) < 90 ? 1 + random.nextInt(3)
                    : 4 + random.nextInt(4));
            if (answered.isBefore(today)) {
                settle(t, answered, random.nextInt(100) < 30);
            }
        } else if (way < 28) {
            t.askProcuratorate(next, limits);
            LocalDate answered = next.plusDays(20 + random.nextInt(40));
            if (answered.isBefore(today)) {
                settle(t, answered, random.nextInt(100) < 50);
            }
        } else {
            t.continueAdministrativeCase(next);
        }
    }

    /** The answer after reconsideration or the procuratorate's supervision. */
    private void settle(Transfer t, LocalDate answered, boolean filed) {
        t.decide(filed, answered, filed ? "复议后立案侦查" : "维持不予立案决定", limits);
        if (filed) {
            exhibits(t, answered);
            return;
        }
        LocalDate next = answered.plusDays(1 + random.nextInt(3));
        if (next.isBefore(today)) {
            t.continueAdministrativeCase(next);
        }
    }

    private boolean isPast(Instant at) {
        return limits.dayOf(at).isBefore(today);
    }
}
