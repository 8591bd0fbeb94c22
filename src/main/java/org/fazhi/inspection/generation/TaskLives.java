package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.task.Approval;
import org.fazhi.inspection.task.ApprovalStep;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.shared.RegionCode;

/**
 * What happens to a task once made, as the task services would have recorded it, up to the day before generation:
 * its approval chain decided step by step (a few refused, most escalations let through), a few revoked, the visit
 * on a day of its window, the enterprise scanning the visit code for about 93% of visits (the scan checks it in),
 * and the conclusion a few days later. Whatever would fall on or after the day of generation has not happened yet,
 * so recent tasks are still awaiting approval, approved or checked in.
 */
final class TaskLives {

    private final RegionCode county;
    private final LocalDate today;

    TaskLives(RegionCode county, LocalDate today) {
        this.county = county;
        this.today = today;
    }

    /** Decides the task's approval chain ({@code steps}, undecided) and lets it run its course. */
    void live(TaskDraft task, List<Approval> steps, SplittableRandom random) {
        int refusedAt = refusedStep(task, steps, random);
        List<Approval> decided = new ArrayList<>(steps.size());
        OffsetDateTime moment = task.createdAt;
        for (int i = 0; i < steps.size(); i++) {
            Approval step = steps.get(i);
            moment = moment.plusMinutes(delay(task.kind, step.step(), random));
            if (!Moments.isPast(moment, today)) {
                decided.addAll(steps.subList(i, steps.size()));
                task.approvals = decided;
                return;
            }
            boolean refused = i == refusedAt;
            decided.add(new Approval(step.position(), step.step(), step.reason(), !refused, decider(task, step),
                    moment.toInstant(), refused ? Wording.refusal(random) : null));
            if (refused) {
                decided.addAll(steps.subList(i + 1, steps.size()));
                task.approvals = decided;
                task.status = TaskStatus.REFUSED;
                task.codeVersion = 2;
                task.version = 1;
                return;
            }
        }
        task.approvals = decided;
        task.status = TaskStatus.APPROVED;
        task.version = 1;
        visit(task, moment, random);
    }

    /** Over-cap tasks are refused by the bureau one time in four; others rarely, by the head or the bureau. */
    private static int refusedStep(TaskDraft task, List<Approval> steps, SplittableRandom random) {
        if (task.verdict.outcome() == FrequencyVerdict.Outcome.ESCALATE) {
            return random.nextInt(4) == 0 ? steps.size() - 1 : -1;
        }
        return random.nextInt(1000) < 15 ? random.nextInt(steps.size()) : -1;
    }

    /** Minutes until the step is decided: cause-based inspections within hours, the bureau takes longer. */
    private static int delay(TaskKind kind, ApprovalStep step, SplittableRandom random) {
        int minutes = kind == TaskKind.CASE ? 10 + random.nextInt(230) : 60 + random.nextInt(20 * 60);
        return step == ApprovalStep.JUSTICE_BUREAU ? minutes + random.nextInt(2 * 24 * 60) : minutes;
    }

    private String decider(TaskDraft task, Approval step) {
        return switch (step.step()) {
            case LEGAL_OFFICE -> Names.legalOffice(task.leadAgencyId);
            case AGENCY_HEAD -> Names.head(task.leadAgencyId);
            case JUSTICE_BUREAU -> Names.bureau(county);
        };
    }

    private void visit(TaskDraft task, OffsetDateTime approved, SplittableRandom random) {
        LocalDate earliest = approved.toLocalDate().isAfter(task.windowFrom) ? approved.toLocalDate() : task.windowFrom;
        if (random.nextInt(1000) < 12) {
            revoke(task, approved, random);
            return;
        }
        if (earliest.isAfter(task.windowTo)) {
            return; // approved too late for its window: it stays approved and nobody went
        }
        OffsetDateTime visit = Moments.during(Moments.between(earliest, task.windowTo, random), 9, 16, random);
        visit = visit.isAfter(approved) ? visit : approved.plusMinutes(30);
        if (!Moments.isPast(visit, today)) {
            return;
        }
        if (random.nextInt(100) < 93) {
            task.checkedInAt = visit;
            task.status = TaskStatus.CHECKED_IN;
            task.version++;
            task.scans.add(new TaskDraft.Scan("GENUINE", visit));
            if (random.nextInt(100) < 4) {
                task.scans.add(new TaskDraft.Scan("GENUINE", visit.plusMinutes(5 + random.nextInt(55))));
            }
        }
        conclude(task, visit, random);
    }

    private void revoke(TaskDraft task, OffsetDateTime approved, SplittableRandom random) {
        OffsetDateTime revoked = approved.plusMinutes(60 + random.nextInt(3 * 24 * 60));
        if (!Moments.isPast(revoked, today)) {
            return;
        }
        task.status = TaskStatus.REVOKED;
        task.codeVersion = 2;
        task.version = 2;
        OffsetDateTime scanned = revoked.plusHours(1 + random.nextInt(48));
        if (random.nextInt(100) < 30 && Moments.isPast(scanned, today)) {
            task.scans.add(new TaskDraft.Scan("REVOKED", scanned));
        }
    }

    private void conclude(TaskDraft task, OffsetDateTime visit, SplittableRandom random) {
        LocalDate day = visit.toLocalDate().plusDays(random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(7));
        OffsetDateTime concluded = Moments.during(day, 15, 18, random);
        concluded = concluded.isAfter(visit) ? concluded : visit.plusMinutes(60 + random.nextInt(120));
        if (!Moments.isPast(concluded, today)) {
            return;
        }
        task.status = TaskStatus.CONCLUDED;
        task.version++;
        task.concludedAt = concluded;
        task.result = result(task.kind, random);
        task.resultNote = switch (task.result) {
            case NO_PROBLEM -> Wording.finding(random);
            case RECTIFICATION -> Wording.defect(random);
            case CASE_TO_FILE -> Wording.caseToFile(random);
        };
        if (task.result == InspectionResult.RECTIFICATION) {
            task.rectificationDue = concluded.toLocalDate().plusDays(Picks.one(List.of(15, 30, 30, 45, 60), random));
        }
        if (task.checkedInAt != null && random.nextInt(200) == 0) {
            task.scans.add(new TaskDraft.Scan("WINDOW_CLOSED", concluded.plusDays(20 + random.nextInt(40))));
            task.scans.removeIf(scan -> !Moments.isPast(scan.at(), today));
        }
    }

    /** Cause-based inspections find more than routine ones: about 70% / 22% / 8% over the year's mix. */
    private static InspectionResult result(TaskKind kind, SplittableRandom random) {
        int roll = switch (kind) {
            case ROUTINE -> Picks.percent(random, 78, 18, 4);
            case CASE -> Picks.percent(random, 50, 32, 18);
            case SPECIAL, HIGHER_SPECIAL -> Picks.percent(random, 65, 26, 9);
        };
        return InspectionResult.values()[roll];
    }
}
