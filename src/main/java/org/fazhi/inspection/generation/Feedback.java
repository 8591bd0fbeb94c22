package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.shared.RegionCode;

/**
 * What enterprises say after a concluded visit: about 60% rate it (企业评价执法: conduct, professionalism and the
 * burden it put on them, mostly 4 and 5, the burden a little lower), and a few complain to the justice bureau —
 * more often after a poor rating — which answers within weeks.
 */
final class Feedback {

    private final RegionCode county;
    private final LocalDate today;

    Feedback(RegionCode county, LocalDate today) {
        this.county = county;
        this.today = today;
    }

    void follow(TaskDraft task, SplittableRandom random) {
        if (task.status != TaskStatus.CONCLUDED || task.concludedAt == null) {
            return;
        }
        if (random.nextInt(100) < 60) {
            rate(task, task.concludedAt, random);
        }
        boolean unhappy = task.rating != null && Math.min(task.rating.conduct(), task.rating.burden()) <= 2;
        if (unhappy ? random.nextInt(100) < 8 : random.nextInt(1000) < 1) {
            complain(task, task.concludedAt, random);
        }
    }

    private void rate(TaskDraft task, OffsetDateTime concluded, SplittableRandom random) {
        OffsetDateTime at = concluded.plusHours(1 + random.nextInt(6 * 24));
        if (!Moments.isPast(at, today)) {
            return;
        }
        int mood = 1 + Picks.percent(random, 2, 4, 9, 30, 55);
        int conduct = near(mood, random);
        int professionalism = near(mood, random);
        int burden = near(random.nextInt(100) < 15 ? mood - 1 : mood, random);
        int lowest = Math.min(conduct, Math.min(professionalism, burden));
        String comment = random.nextInt(100) < 30 ? Wording.ratingComment(lowest, random) : null;
        task.rating = new TaskDraft.Rating(conduct, professionalism, burden, comment, at);
    }

    private void complain(TaskDraft task, OffsetDateTime concluded, SplittableRandom random) {
        OffsetDateTime at = concluded.plusDays(1 + random.nextInt(10)).plusMinutes(random.nextInt(600));
        if (!Moments.isPast(at, today)) {
            return;
        }
        OffsetDateTime answered = at.plusDays(3 + random.nextInt(18));
        boolean answer = Moments.isPast(answered, today) && random.nextInt(10) < 9;
        task.complaint = new TaskDraft.Complaint(Wording.complaint(random), at,
                answer ? Wording.answer(random) : null, answer ? Names.bureau(county) : null,
                answer ? answered : null);
    }

    /** The score, now and then one off, within 1 to 5. */
    private static int near(int score, SplittableRandom random) {
        int shifted = score + Picks.percent(random, 10, 80, 10) - 1;
        return Math.max(1, Math.min(5, shifted));
    }
}
