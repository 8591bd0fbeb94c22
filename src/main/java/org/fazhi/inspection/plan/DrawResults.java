package org.fazhi.inspection.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.inspection.InspectionProperties;
import org.fazhi.inspection.draw.Assignment;
import org.fazhi.inspection.draw.Directories;
import org.fazhi.inspection.draw.InspectorEntry;
import org.fazhi.inspection.plan.DirectorySnapshots.Kind;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.WorkdayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A draw's result as people read it (一公开): each selected party by name, with its inspectors' names and
 * certificate numbers as frozen in the inspector directory.
 */
@Component
public class DrawResults {

    /**
     * One selected party and its inspectors; {@code party} is null if the party has since been deleted;
     * {@code result} is the inspection's result once concluded (结果公示).
     */
    public record Row(int position, long partyId, @Nullable PartyCard party, List<InspectorEntry> inspectors,
                      @Nullable String result, @Nullable Publication publication) {
    }

    /**
     * When the inspection's result must be public (双随机一公开: within 20 working days of the inspection's end,
     * configurable), and whether that day has passed without a result.
     */
    public record Publication(LocalDate due, boolean provisional, boolean overdue) {
    }

    /** One drawn party's task as far as publication is concerned. */
    private record Outcome(@Nullable String result, LocalDate windowTo) {
    }

    private final DrawRepository draws;
    private final DirectorySnapshots snapshots;
    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    private final PartyDirectory parties;
    private final JdbcClient jdbc;
    private final InspectionProperties rules;
    private final Clock clock;

    DrawResults(DrawRepository draws, DirectorySnapshots snapshots, PartyDirectory parties, JdbcClient jdbc,
                InspectionProperties rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
        this.draws = draws;
        this.snapshots = snapshots;
        this.parties = parties;
    }

    public Page<Row> page(DrawRecord draw, PageRequest request) {
        Page<Assignment> assignments = draws.assignments(draw.id(), request);
        Map<Long, InspectorEntry> inspectors = Directories.parseInspectors(
                        snapshots.lines(draw.planId(), Kind.INSPECTORS)).stream()
                .collect(Collectors.toMap(InspectorEntry::officerId, Function.identity()));
        Map<Long, PartyCard> cards = parties.findAll(assignments.items().stream().map(Assignment::partyId).toList())
                .stream().collect(Collectors.toMap(PartyCard::id, Function.identity()));
        Map<Long, Outcome> outcomes = outcomes(draw.planId(), assignments.items().stream().map(Assignment::partyId).toList());
        int first = (int) request.offset();
        List<Assignment> items = assignments.items();
        List<Row> rows = java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> new Row(first + i + 1,
                items.get(i).partyId(), cards.get(items.get(i).partyId()),
                items.get(i).officerIds().stream().map(inspectors::get).toList(),
                result(outcomes.get(items.get(i).partyId())), publication(outcomes.get(items.get(i).partyId()))))
                .toList();
        return request.page(rows, assignments.total());
    }

    private Map<Long, Outcome> outcomes(long planId, List<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select party_id, result, window_to from inspection.task
                 where plan_id = :plan and party_id in (:parties) and status not in ('REFUSED', 'REVOKED')""")
                .param("plan", planId).param("parties", partyIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Outcome(rs.getString(2),
                        rs.getObject(3, LocalDate.class))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static @Nullable String result(@Nullable Outcome outcome) {
        return outcome == null ? null : outcome.result();
    }

    /** Only for an inspection whose window has ended: before that, nothing is due. */
    private @Nullable Publication publication(@Nullable Outcome outcome) {
        LocalDate today = LocalDate.now(clock);
        if (outcome == null || !outcome.windowTo().isBefore(today)) {
            return null;
        }
        WorkdayCalendar.Deadline due = CALENDAR.deadlineAfterWorkingDays(outcome.windowTo(),
                rules.publicationWorkingDays());
        return new Publication(due.date(), due.provisional(), outcome.result() == null && today.isAfter(due.date()));
    }

    public List<DirectorySnapshots.Summary> directories(long planId) {
        return snapshots.summaries(planId);
    }
}
