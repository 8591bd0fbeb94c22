package org.fazhi.inspection.generation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.checklist.CheckOutcome;
import org.fazhi.inspection.task.TaskInspector;
import org.fazhi.inspection.task.TaskStatus;

/**
 * The forms (检查表单) of generated concluded tasks, filled in as their results say: with 未发现问题 every point
 * 符合 (a few points that are not 重点项 不涉及); with 责令整改 or 移送立案 one or two points 不符合 with a note, cited by
 * the conclusion, whose note then names the first of them. Each agency's inspector records its own points during
 * the visit.
 */
final class FormRecords {

    private FormRecords() {
    }

    static void fill(TaskDraft task, YearFacts year, SplittableRandom random) {
        if (task.status != TaskStatus.CONCLUDED || task.result == null || task.concludedAt == null) {
            return;
        }
        List<CheckPoint> points = new ArrayList<>();
        List<Long> items = new ArrayList<>();
        for (long itemId : task.itemIds) {
            for (CheckPoint point : year.checklists().getOrDefault(itemId, List.of())) {
                points.add(point);
                items.add(itemId);
            }
        }
        if (points.isEmpty()) {
            return;
        }
        Set<Integer> failing = failing(task.result, points, random);
        OffsetDateTime at = task.checkedInAt != null ? task.checkedInAt : task.concludedAt.minusHours(2);
        for (int i = 0; i < points.size(); i++) {
            CheckPoint point = points.get(i);
            Long owner = year.agencyOf(items.get(i));
            long agency = owner != null && task.agencyIds.contains(owner) ? owner : task.leadAgencyId;
            boolean fails = failing.contains(i);
            boolean applies = point.keyPoint() || random.nextInt(100) >= 8;
            CheckOutcome outcome = fails ? CheckOutcome.NONCONFORMING
                    : applies ? CheckOutcome.CONFORMS : CheckOutcome.NOT_APPLICABLE;
            task.checks.add(new TaskDraft.Check(items.get(i), agency, point, outcome,
                    fails ? Wording.shortfall(point.content(), random) : null, fails, recorder(task, agency),
                    at.plusMinutes(5 + 2L * i)));
        }
        if (!failing.isEmpty()) {
            CheckPoint first = points.get(failing.stream().min(Integer::compare).orElseThrow());
            task.resultNote = Wording.citing(first.content(), task.result == InspectionResult.CASE_TO_FILE);
        }
    }

    /** One point (seven times in ten) or two, a 重点项 more likely than another. */
    private static Set<Integer> failing(InspectionResult result, List<CheckPoint> points, SplittableRandom random) {
        Set<Integer> failing = new HashSet<>();
        if (result == InspectionResult.NO_PROBLEM) {
            return failing;
        }
        int wanted = Math.min(points.size(), random.nextInt(10) < 7 ? 1 : 2);
        while (failing.size() < wanted) {
            int pick = random.nextInt(points.size());
            if (points.get(pick).keyPoint() || random.nextInt(2) == 0) {
                failing.add(pick);
            }
        }
        return failing;
    }

    /** An inspector of the agency whose point it is (the task's first inspector if it sent none). */
    private static String recorder(TaskDraft task, long agency) {
        return task.inspectors.stream().filter(inspector -> inspector.agencyId() == agency).findFirst()
                .or(() -> task.inspectors.stream().findFirst()).map(TaskInspector::officerId).map(Names::officer)
                .orElse(Names.legalOffice(agency));
    }
}
