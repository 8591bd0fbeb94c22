package org.fazhi.inspection.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.inspection.draw.Assignment;
import org.fazhi.inspection.draw.Directories;
import org.fazhi.inspection.draw.InspectorEntry;
import org.fazhi.inspection.plan.DirectorySnapshots.Kind;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
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
                      @Nullable String result) {
    }

    private final DrawRepository draws;
    private final DirectorySnapshots snapshots;
    private final PartyDirectory parties;
    private final JdbcClient jdbc;

    DrawResults(DrawRepository draws, DirectorySnapshots snapshots, PartyDirectory parties, JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        Map<Long, String> outcomes = results(draw.planId(), assignments.items().stream().map(Assignment::partyId).toList());
        int first = (int) request.offset();
        List<Assignment> items = assignments.items();
        List<Row> rows = java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> new Row(first + i + 1,
                items.get(i).partyId(), cards.get(items.get(i).partyId()),
                items.get(i).officerIds().stream().map(inspectors::get).toList(),
                outcomes.get(items.get(i).partyId()))).toList();
        return request.page(rows, assignments.total());
    }

    private Map<Long, String> results(long planId, List<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select party_id, result from inspection.task
                 where plan_id = :plan and party_id in (:parties) and result is not null""")
                .param("plan", planId).param("parties", partyIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    public List<DirectorySnapshots.Summary> directories(long planId) {
        return snapshots.summaries(planId);
    }
}
