package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.fazhi.inspection.draw.PartyEntry;
import org.fazhi.inspection.task.TaskInspector;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.TaskOrigin;
import org.fazhi.registry.CertifiedOfficer;
import org.jspecify.annotations.Nullable;

/**
 * A year's inspections besides the draws', as officers ask for them (Tasks.create): 个案检查 on complaints, referrals
 * and clues — aimed at the less trusted parties more often — and 专项检查 within the county's campaigns and those
 * deployed from above. Each by one agency, citing its inspection items in force, with two of its officers
 * certified for the whole window, which stays within one month.
 */
final class RequestedTasks {

    /**
     * A 专项 campaign: one agency's, over a few weeks, aimed at one sector — a pool of a twenty-fifth of the
     * parties, some of which are visited again (what the repeat warnings and the yearly caps are for).
     */
    private record Campaign(TaskKind kind, long agencyId, String name, LocalDate from, LocalDate to, int[] pool) {
    }

    /** Per-party weights for cause-based inspections by grade A, B, C, D, unrated: complaints find the D parties. */
    private static final Map<String, Integer> CASE_WEIGHTS = Map.of("A", 1, "B", 2, "C", 5, "D", 12, "-", 3);

    private final CountyFacts county;
    private final YearFacts year;
    private final SplittableRandom random;
    private final List<Campaign> campaigns = new ArrayList<>();
    private final long[] caseWeights;

    RequestedTasks(CountyFacts county, YearFacts year, SplittableRandom random) {
        this.county = county;
        this.year = year;
        this.random = random;
        this.caseWeights = cumulativeCaseWeights(county.parties());
        List<Long> agencies = year.items().keySet().stream().sorted().toList();
        for (int i = 0; i < 6 && !agencies.isEmpty(); i++) {
            campaigns.add(campaign(i < 4 ? TaskKind.SPECIAL : TaskKind.HIGHER_SPECIAL, Picks.one(agencies, random)));
        }
    }

    /** About {@code count} tasks: 个案 62.5%, 专项 30%, 上级专项 7.5% (fewer when no agency can inspect some day). */
    List<TaskDraft> make(int count) {
        List<TaskDraft> tasks = new ArrayList<>(count);
        for (int i = 0; i < count && !campaigns.isEmpty() && caseWeights.length > 0; i++) {
            int kind = Picks.percent(random, 625, 300, 75);
            TaskDraft task = kind == 0 ? caseTask() : campaignTask(kind == 1 ? TaskKind.SPECIAL
                    : TaskKind.HIGHER_SPECIAL);
            if (task != null) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    private @Nullable TaskDraft caseTask() {
        LocalDate day = Moments.between(year.first(), year.last(), random);
        Long agency = anyAgency(day);
        if (agency == null) {
            return null;
        }
        int origin = Picks.percent(random, 50, 25, 25);
        String note = origin == 0 ? Wording.complaintOrigin(random) : origin == 1 ? Wording.referralOrigin(random)
                : Wording.clueOrigin(random);
        PartyEntry party = county.parties().get(caseParty());
        OffsetDateTime created = Moments.during(day.minusDays(random.nextInt(3)), 8, 10, random);
        return task(TaskKind.CASE, origin == 0 ? TaskOrigin.COMPLAINT : origin == 1 ? TaskOrigin.REFERRAL
                : TaskOrigin.CLUE, note, party, agency, day, 6, created);
    }

    private @Nullable TaskDraft campaignTask(TaskKind kind) {
        List<Campaign> ofKind = campaigns.stream().filter(campaign -> campaign.kind() == kind).toList();
        Campaign campaign = Picks.one(ofKind, random);
        LocalDate day = Moments.between(campaign.from(), campaign.to(), random);
        Long agency = year.inspectingOn(day).contains(campaign.agencyId()) ? campaign.agencyId() : anyAgency(day);
        if (agency == null) {
            return null;
        }
        PartyEntry party = county.parties().get(campaign.pool()[random.nextInt(campaign.pool().length)]);
        OffsetDateTime created = Moments.during(day.minusDays(3 + random.nextInt(8)), 9, 17, random);
        return task(kind, TaskOrigin.CAMPAIGN, campaign.name(), party, agency, day, 14, created);
    }

    private TaskDraft task(TaskKind kind, TaskOrigin origin, String note, PartyEntry party, long agency,
                           LocalDate day, int longestWindow, OffsetDateTime created) {
        LocalDate to = day.plusDays(random.nextInt(longestWindow + 1));
        LocalDate windowTo = to.isAfter(Moments.endOfMonth(day)) ? Moments.endOfMonth(day) : to;
        List<CertifiedOfficer> pair = Picks.some(year.rosterOn(day).get(agency), 2, random);
        List<TaskInspector> team = pair.stream().map(officer -> new TaskInspector(officer.officerId(),
                officer.agencyId(), officer.name(), officer.certificateNumber())).toList();
        List<Long> listed = year.items().get(agency);
        List<Long> items = Picks.some(listed, random.nextInt(3) == 0 ? 2 : 1, random);
        return new TaskDraft(kind, origin, note, null, party.partyId(), agency, List.of(agency), items, day,
                windowTo, team, Names.officer(pair.get(0).officerId()), created);
    }

    /** An agency able to inspect on the day, the larger teams more often; null when none is. */
    private @Nullable Long anyAgency(LocalDate day) {
        List<Long> able = year.inspectingOn(day);
        Map<Long, List<CertifiedOfficer>> roster = year.rosterOn(day);
        int index = Picks.weighted(able.stream().mapToInt(agency -> roster.get(agency).size()).toArray(), random);
        return index < 0 ? null : able.get(index);
    }

    private Campaign campaign(TaskKind kind, long agency) {
        LocalDate from = Moments.between(year.first(), year.last().minusDays(20), random);
        LocalDate to = from.plusDays(30 + random.nextInt(46));
        String theme = Wording.campaignTheme(random);
        String name = kind == TaskKind.SPECIAL ? "%d年%s专项整治行动".formatted(year.year(), theme)
                : "上级部署：%d年%s专项检查".formatted(year.year(), theme);
        return new Campaign(kind, agency, name, from, to.isAfter(year.last()) ? year.last() : to, pool());
    }

    /** A twenty-fifth of the parties (fifty at least), by a partial shuffle of their indices. */
    private int[] pool() {
        int size = county.parties().size();
        int[] indices = new int[size];
        for (int i = 0; i < size; i++) {
            indices[i] = i;
        }
        int count = Math.min(size, Math.max(50, size / 25));
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        return Arrays.copyOf(indices, count);
    }

    private int caseParty() {
        long roll = random.nextLong(caseWeights[caseWeights.length - 1]);
        int index = Arrays.binarySearch(caseWeights, roll + 1);
        return index >= 0 ? index : -index - 1;
    }

    private static long[] cumulativeCaseWeights(List<PartyEntry> parties) {
        long[] cumulative = new long[parties.size()];
        long sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += CASE_WEIGHTS.get(parties.get(i).grade());
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
