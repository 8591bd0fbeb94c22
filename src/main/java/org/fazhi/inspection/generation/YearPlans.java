package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fazhi.inspection.draw.PartyEntry;
import org.fazhi.inspection.generation.PlanPublication.Schedule;
import org.fazhi.inspection.plan.DrawRecord;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanKind;
import org.fazhi.inspection.plan.PlanStatus;
import org.fazhi.inspection.plan.PublicRandomness;
import org.fazhi.inspection.plan.RandomnessSource;
import org.fazhi.inspection.plan.RandomnessSources;
import org.fazhi.inspection.plan.SeedMode;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.springframework.stereotype.Component;

/**
 * A year's annual plans (年度抽查计划), drafted in January and drawn in February: one agency's plan over the whole
 * county, and a joint plan of two or three agencies over a few townships (进一次门、查多项事), sized so that their
 * draws give about {@value #ROUTINE_SHARE} of the year's inspections, {@value #JOINT_SHARE} of them joint. Each seed
 * combines the plan's secret with the value of the bureau's public drawing session on the day of the draw.
 */
@Component
class YearPlans {

    static final double ROUTINE_SHARE = 0.60;
    static final double JOINT_SHARE = 0.08;

    /** The plans drawn and the tasks their draws made. */
    record Drawn(int plans, List<TaskDraft> tasks) {
    }

    private final CertifiedOfficers officers;
    private final PlanPublication publication;
    private final RandomnessSource session;

    YearPlans(CertifiedOfficers officers, PlanPublication publication, RandomnessSources sources) {
        this.officers = officers;
        this.publication = publication;
        this.session = sources.session();
    }

    Drawn draw(CountyFacts county, YearFacts year, int inspections, SplittableRandom random) {
        Schedule single = schedule(year, random);
        Schedule joint = schedule(year, random);
        // A plan not drawn before the day of generation has made no tasks yet: leave the year to other tasks.
        if (!Moments.isPast(joint.drawn(), county.today())) {
            return new Drawn(0, List.of());
        }
        Map<Long, List<CertifiedOfficer>> roster = roster(year.items().keySet(), single.published().toLocalDate());
        List<Long> able = roster.keySet().stream().filter(agency -> roster.get(agency).size() >= 2).toList();
        if (able.isEmpty()) {
            return new Drawn(0, List.of());
        }
        long lead = able.get(Picks.weighted(able.stream().mapToInt(agency -> roster.get(agency).size()).toArray(),
                random));
        List<Long> partners = partners(roster, lead, random);
        int jointSize = partners.size() >= 2 ? (int) Math.round(JOINT_SHARE * inspections) : 0;
        int singleSize = (int) Math.round(ROUTINE_SHARE * inspections) - jointSize;
        List<TaskDraft> tasks = new ArrayList<>(publish(county, year, List.of(lead), Set.of(), singleSize, single, 1,
                random));
        if (jointSize > 0) {
            tasks.addAll(publish(county, year, partners, townships(county, random), jointSize, joint, 2, random));
        }
        return new Drawn(jointSize > 0 ? 2 : 1, tasks);
    }

    private List<TaskDraft> publish(CountyFacts county, YearFacts year, List<Long> agencies, Set<String> townships,
                                    int size, Schedule schedule, int number, SplittableRandom random) {
        long lead = agencies.get(0);
        List<Long> items = new ArrayList<>();
        for (long agency : agencies) {
            List<Long> listed = year.items().get(agency);
            items.addAll(Picks.some(listed, agencies.size() == 1 ? Math.min(3, listed.size()) : 1, random));
        }
        List<PartyEntry> directory = townships.isEmpty() ? county.parties()
                : county.parties().stream().filter(party -> townships.contains(party.township())).toList();
        LocalDate drawOn = schedule.drawn().toLocalDate();
        // The bureau's public drawing session opens at 09:00 on the day of the draw; the draw follows it.
        PublicRandomness randomness = new PublicRandomness(session.code(), session.name(), null,
                drawOn.atTime(9, 0).atOffset(Moments.BEIJING).toInstant());
        String name = agencies.size() == 1
                ? "%d年度%s“双随机、一公开”抽查计划".formatted(year.year(), county.nameOf(lead))
                : "%d年度%s等%d部门联合抽查计划（进一次门、查多项事）".formatted(year.year(), county.nameOf(lead),
                        agencies.size());
        InspectionPlan plan = new InspectionPlan(0, county.county(),
                "CC%s%d%03d".formatted(county.county().value(), year.year(), number), name, PlanKind.ANNUAL, lead,
                agencies, items, townships, Set.of(), Set.of(), drawOn.plusDays(10 + random.nextInt(11)),
                LocalDate.of(year.year(), 11, 30), SamplingSizes.toSelect(size, directory), 2, null, true,
                SeedMode.COMBINED, session.name(), randomness, drawOn, PlanStatus.DRAWN, Names.legalOffice(lead),
                Names.bureau(county.county()), null, null, null, 0);
        List<CertifiedOfficer> inspectors = roster(agencies, schedule.published().toLocalDate()).values().stream()
                .flatMap(List::stream).toList();
        String secret = secret(random);
        return publication.publishAndDraw(plan, schedule, directory, inspectors, secret, sessionValue(county,
                schedule, random));
    }

    /** What the simulated session produced: eight digits drawn before two witnesses, entered by the bureau. */
    private static DrawRecord.EnteredValue sessionValue(CountyFacts county, Schedule schedule, SplittableRandom random) {
        return new DrawRecord.EnteredValue("%08d".formatted(random.nextInt(100_000_000)), List.of("见证人甲", "见证人乙"),
                Names.bureau(county.county()), schedule.drawn().toInstant());
    }

    /** The inspector directory a plan freezes: its agencies' officers certified on the day of publication. */
    private Map<Long, List<CertifiedOfficer>> roster(java.util.Collection<Long> agencies, LocalDate day) {
        return officers.roster(agencies, day).stream()
                .collect(Collectors.groupingBy(CertifiedOfficer::agencyId, TreeMap::new, Collectors.toList()));
    }

    /** Two or three agencies other than the single plan's lead, with a certified officer each at least. */
    private static List<Long> partners(Map<Long, List<CertifiedOfficer>> roster, long lead, SplittableRandom random) {
        List<Long> others = roster.keySet().stream().filter(agency -> agency != lead).toList();
        List<Long> chosen = Picks.some(others, Math.min(others.size(), 2 + random.nextInt(2)), random);
        int inspectors = chosen.stream().mapToInt(agency -> roster.get(agency).size()).sum();
        return inspectors >= 2 ? chosen : List.of();
    }

    /** The joint plan's area: four to seven of the townships the county's parties are in. */
    private static Set<String> townships(CountyFacts county, SplittableRandom random) {
        List<String> all = county.parties().stream().map(PartyEntry::township)
                .filter(code -> code.length() == 9).distinct().sorted().toList();
        return Set.copyOf(Picks.some(all, Math.min(all.size(), 4 + random.nextInt(4)), random));
    }

    /** Drafted in early January, approved and published within days, drawn a week after publication. */
    private static Schedule schedule(YearFacts year, SplittableRandom random) {
        LocalDate drafted = year.first().plusDays(3 + random.nextInt(10));
        LocalDate approved = drafted.plusDays(1 + random.nextInt(3));
        LocalDate published = approved.plusDays(1 + random.nextInt(3));
        return new Schedule(Moments.during(drafted, 9, 17, random), Moments.during(approved, 9, 17, random),
                Moments.during(published, 9, 17, random), Moments.during(published.plusDays(7), 9, 11, random));
    }

    /** The plan's secret: 256 bits from the generator's stream, so a rerun draws the same. */
    private static String secret(SplittableRandom random) {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            hex.append("%016x".formatted(random.nextLong()));
        }
        return hex.toString();
    }
}
