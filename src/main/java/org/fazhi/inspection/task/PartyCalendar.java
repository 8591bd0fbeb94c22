package org.fazhi.inspection.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.history.ImportedInspection;
import org.fazhi.inspection.history.ImportedInspections;
import org.fazhi.platform.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 企业检查日历: everything that entered one enterprise — inspections of every agency (planned, done, refused, or
 * imported from the agencies' ledgers of the time before Fazhi) and non-enforcement visits — in date order, so anyone
 * deciding on another visit sees the burden already there.
 */
@Service
public class PartyCalendar {

    /** One entry: an inspection task (with its id) or a non-enforcement visit (kind only). */
    public record Entry(LocalDate from, LocalDate to, List<Long> agencyIds, String kind, @Nullable Long taskId,
                        @Nullable String taskCode, @Nullable TaskStatus status, @Nullable String note) {
    }

    private final TaskRepository tasks;
    private final ImportedInspections history;
    private final PartyDirectory parties;
    private final JdbcClient jdbc;

    PartyCalendar(TaskRepository tasks, ImportedInspections history, PartyDirectory parties, JdbcClient jdbc) {
        this.tasks = tasks;
        this.history = history;
        this.parties = parties;
        this.jdbc = jdbc;
    }

    public PartyCard party(SignedInUser user, long partyId) {
        Tasks.requireStaff(user);
        return parties.find(partyId).filter(party -> user.region().county().contains(party.region()))
                .orElseThrow(() -> new NotFound("entities.party", partyId));
    }

    /** The party's entries from {@code since}, newest first. Agencies see all agencies' visits: that is the point. */
    public List<Entry> entries(SignedInUser user, long partyId, LocalDate since) {
        party(user, partyId);
        List<Entry> entries = new ArrayList<>();
        for (InspectionTask task : tasks.ofParty(partyId, since)) {
            entries.add(new Entry(task.windowFrom(), task.windowTo(), task.agencyIds(), "TASK_" + task.kind().name(),
                    task.id(), task.code(), task.status(), task.originNote()));
        }
        for (ImportedInspection record : history.ofParty(partyId, since)) {
            entries.add(new Entry(record.inspectedOn(), record.inspectedOn(), List.of(record.agencyId()),
                    "IMPORTED_" + record.kind().name(), null, null, null, record.note()));
        }
        entries.addAll(jdbc.sql("""
                select visited_on, agency_id, kind, purpose from inspection.other_visit
                 where party_id = ? and visited_on >= ?""").params(partyId, since)
                .query((rs, n) -> new Entry(rs.getObject(1, LocalDate.class), rs.getObject(1, LocalDate.class),
                        List.of(rs.getLong(2)), "OTHER_" + rs.getString(3), null, null, null, rs.getString(4)))
                .list());
        entries.sort(Comparator.comparing(Entry::from).reversed());
        return entries;
    }
}
