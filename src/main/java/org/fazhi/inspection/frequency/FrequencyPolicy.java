package org.fazhi.inspection.frequency;

import static java.lang.Math.abs;
import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.fazhi.inspection.frequency.FrequencyVerdict.Outcome;

/**
 * Decides whether an agency may inspect an enterprise again: the yearly caps first (over one, the inspection is
 * refused or escalated as the county chose), then the warning of a repeated visit, which the approver weighs.
 *
 * <p>{@code thisYear} is the enterprise's visits, done and planned, without the proposed one. It may reach back
 * into the previous year so that the repeat window can cross New Year; the caps count only the proposed date's
 * calendar year.
 */
public final class FrequencyPolicy {

    private FrequencyPolicy() {
    }

    /** Names the agencies of recent visits as 本部门 or 其他部门; pass their names to the other form when known. */
    public static FrequencyVerdict assess(FrequencyRules rules, List<PastVisit> thisYear, ProposedVisit proposed) {
        return assess(rules, thisYear, proposed, agency -> agency == proposed.agencyId() ? "本部门" : "其他部门");
    }

    public static FrequencyVerdict assess(FrequencyRules rules, List<PastVisit> thisYear, ProposedVisit proposed,
            LongFunction<String> agencyNames) {
        List<PastVisit> counted = thisYear.stream()
                .filter(visit -> visit.date().getYear() == proposed.date().getYear())
                .filter(visit -> rules.countsTowardCaps(visit.kind()))
                .toList();
        int agencyCount = (int) counted.stream().filter(visit -> visit.agencyId() == proposed.agencyId()).count();
        int countyCount = countingJointVisitsOnce(counted);

        List<String> reasons = new ArrayList<>();
        if (rules.countsTowardCaps(proposed.kind())) {
            overCap("本部门", agencyCount, rules.capPerAgency(), reasons);
            overCap("各部门", countyCount, rules.capAcrossAgencies(), reasons);
        }
        boolean overCap = !reasons.isEmpty();
        if (rules.countsForRepeatWarning(proposed.kind())) {
            reasons.addAll(repeats(rules, thisYear, proposed, agencyNames));
        }
        return new FrequencyVerdict(outcome(rules, overCap, reasons), reasons, agencyCount, countyCount);
    }

    private static int countingJointVisitsOnce(List<PastVisit> visits) {
        long alone = visits.stream().filter(visit -> !visit.joint()).count();
        long joint = visits.stream().filter(PastVisit::joint).map(PastVisit::jointVisitKey).distinct().count();
        return (int) (alone + joint);
    }

    private static void overCap(String who, int count, int cap, List<String> reasons) {
        if (count >= cap) {
            reasons.add("本年度%s已检查该企业 %d 次，%s年度上限 %d 次".formatted(who, count, count > cap ? "超过" : "达到", cap));
        }
    }

    private static Outcome outcome(FrequencyRules rules, boolean overCap, List<String> reasons) {
        if (overCap) {
            return rules.overCap() == FrequencyRules.OverCap.REFUSE ? Outcome.REFUSED : Outcome.ESCALATE;
        }
        return reasons.isEmpty() ? Outcome.ALLOWED : Outcome.WARNED;
    }

    /**
     * The visits within the repeat window around the proposed date, both ends included (a visit exactly 60 days
     * earlier is "within 60 days"): those on or before it as done, those after it as planned.
     */
    private static List<String> repeats(FrequencyRules rules, List<PastVisit> visits, ProposedVisit proposed,
            LongFunction<String> agencyNames) {
        List<PastVisit> near = visits.stream()
                .filter(visit -> rules.countsForRepeatWarning(visit.kind()))
                .filter(visit -> abs(DAYS.between(visit.date(), proposed.date())) <= rules.repeatWindowDays())
                .toList();
        List<PastVisit> before = near.stream().filter(visit -> !visit.date().isAfter(proposed.date())).toList();
        List<PastVisit> after = near.stream().filter(visit -> visit.date().isAfter(proposed.date())).toList();
        int days = rules.repeatWindowDays();
        List<String> reasons = new ArrayList<>();
        if (!before.isEmpty()) {
            reasons.add("该企业 %d 日内已被检查（%s）".formatted(days, byDate(before, agencyNames)));
        }
        if (!after.isEmpty()) {
            reasons.add("该企业 %d 日内另有检查安排（%s）".formatted(days, byDate(after, agencyNames)));
        }
        return reasons;
    }

    /** "2026-03-02，市场监管局、税务局；2026-03-20，本部门": one entry per day, a joint visit's agencies together. */
    private static String byDate(List<PastVisit> visits, LongFunction<String> agencyNames) {
        Map<LocalDate, Set<String>> agenciesByDate = new TreeMap<>();
        for (PastVisit visit : visits) {
            agenciesByDate.computeIfAbsent(visit.date(), date -> new LinkedHashSet<>())
                    .add(agencyNames.apply(visit.agencyId()));
        }
        return agenciesByDate.entrySet().stream()
                .map(entry -> entry.getKey() + "，" + String.join("、", entry.getValue()))
                .collect(Collectors.joining("；"));
    }
}
