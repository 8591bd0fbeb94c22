package org.fazhi.inspection.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.frequency.PastVisit;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The imported inspection history: who may import it (the justice bureau and administrators for any agency of the
 * county, an agency's legal office for its own), the refusal of an inspection already known, and what the rest of
 * the inspection module reads of it — the party calendar and the frequency rules.
 */
@Service
public class ImportedInspections {

    static final String RECORD_TYPE = "inspection.imported";
    static final int LIST_LIMIT = 500;
    /** As many rows as one exported sheet holds. */
    static final int EXPORT_LIMIT = 1_048_000;

    private final HistoryRepository repository;
    private final AgencyDirectory agencies;
    private final PartyDirectory parties;
    private final ItemCatalog items;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EnumLabels<TaskKind> kinds;
    private final EnumLabels<InspectionResult> results;

    ImportedInspections(HistoryRepository repository, AgencyDirectory agencies, PartyDirectory parties,
                        ItemCatalog items, ApplicationEventPublisher events, Clock clock, MessageSource messages) {
        this.repository = repository;
        this.agencies = agencies;
        this.parties = parties;
        this.items = items;
        this.events = events;
        this.clock = clock;
        this.kinds = EnumLabels.of(messages, "inspection.task.kind.", TaskKind.values());
        this.results = EnumLabels.of(messages, "inspection.task.result.", InspectionResult.values());
    }

    EnumLabels<TaskKind> kinds() {
        return kinds;
    }

    EnumLabels<InspectionResult> results() {
        return results;
    }

    static boolean mayImport(SignedInUser user) {
        return user.hasRole(Role.ADMIN, Role.SUPERVISOR) || user.hasRole(Role.AGENCY_ADMIN) && user.agencyId() != null;
    }

    /** The checks for one upload by this user; refuses users who may not import. */
    HistoryRows rowsFor(SignedInUser user) {
        if (!mayImport(user)) {
            throw new AccessDeniedException("history is imported by the justice bureau or an agency's legal office");
        }
        return new HistoryRows(user, agencies, parties, items, kinds, results, LocalDate.now(clock));
    }

    /** Stores a checked row, unless that inspection is already known (as a task or imported before). */
    long record(ImportedInspection inspection) {
        if (repository.isKnown(inspection.agencyId(), inspection.partyId(), inspection.inspectedOn())) {
            throw InvalidInput.of("inspectedOn", "inspection.history.already-known");
        }
        long id = repository.insert(inspection);
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, inspection.county(), List.of("imported")));
        return id;
    }

    /** The latest records the user may see, of one agency or all, of one year or all, at most {@code limit}. */
    public List<ImportedInspection> list(SignedInUser user, @Nullable Long agencyId, @Nullable Integer year,
                                         int limit) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("staff only");
        }
        return repository.list(user.scope(), agencyId, year, limit);
    }

    /** A party's imported inspections since a day, for its calendar. */
    public List<ImportedInspection> ofParty(long partyId, LocalDate since) {
        return repository.ofParty(partyId, since);
    }

    /** A party's imported inspections since a day, as the frequency rules count past visits. */
    public List<PastVisit> visitsSince(long partyId, LocalDate since) {
        return ofParty(partyId, since).stream().map(record -> new PastVisit(record.inspectedOn(), record.agencyId(),
                record.kind().visitKind(), false)).toList();
    }
}
