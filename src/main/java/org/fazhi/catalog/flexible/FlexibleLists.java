package org.fazhi.catalog.flexible;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.scope.ItemKeepers;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Listing, changing and ending flexible-list entries, within the user's data scope. */
@Service
public class FlexibleLists {

    static final String RECORD_TYPE = "catalog.flexible-entry";

    private final FlexibleEntryRepository repository;
    private final FlexibleRules rules;
    private final ItemRefs items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FlexibleLists(FlexibleEntryRepository repository, FlexibleRules rules, ItemRefs items,
                  ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    public Page<FlexibleEntry> search(SignedInUser user, FlexibleEntryRepository.Search search, PageRequest page) {
        return repository.search(user.scope(), search, today(), page);
    }

    /** The entry, if the user may see its item; otherwise 404, exactly as if there were none. */
    public FlexibleEntry get(SignedInUser user, long id) {
        return repository.find(id).filter(entry -> entry.item().isVisibleIn(user.scope()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** Penalty and compulsion items in force that the user keeps, for the form's chooser. */
    public List<ItemRef> itemsKeptBy(SignedInUser user) {
        return items.inForce(user.scope(), today(), ItemCategory.PENALTY, ItemCategory.COMPULSION).stream()
                .filter(item -> ItemKeepers.mayKeep(user, item)).toList();
    }

    public boolean mayKeep(SignedInUser user, FlexibleEntry entry) {
        return ItemKeepers.mayKeep(user, entry.item());
    }

    public List<InvalidInput.FieldProblem> problemsWith(SignedInUser user, long id, FlexibleEntryForm form) {
        return rules.problems(user, id, form);
    }

    @Transactional
    public FlexibleEntry create(SignedInUser user, FlexibleEntryForm form) {
        if (!ItemKeepers.keepsAny(user)) {
            throw new AccessDeniedException("catalog: may not keep flexible lists");
        }
        FlexibleEntry entry = rules.toEntry(user, 0, form);
        ItemKeepers.requireKeeper(user, entry.item());
        long id = repository.insert(entry);
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, entry.region(), ChangedFields.of(FlexibleEntry.class)));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public FlexibleEntry update(SignedInUser user, long id, FlexibleEntryForm form) {
        FlexibleEntry current = get(user, id);
        ItemKeepers.requireKeeper(user, current.item());
        FlexibleEntry changed = rules.toEntry(user, id, form);
        ItemKeepers.requireKeeper(user, changed.item());
        save(current, changed);
        return repository.find(id).orElseThrow();
    }

    /** Ends the entry: {@code lastDay} is the last day it applies (today when null). */
    @Transactional
    public FlexibleEntry end(SignedInUser user, long id, int version, LocalDate lastDay) {
        FlexibleEntry current = get(user, id);
        ItemKeepers.requireKeeper(user, current.item());
        if (lastDay.isBefore(current.effectiveFrom())) {
            throw InvalidInput.of("effectiveTo", "catalog.flexible.effective-to.before-from");
        }
        FlexibleEntry ended = new FlexibleEntry(id, current.listKind(), current.item(), current.circumstances(),
                current.conditions(), current.legalBasis(), current.effectiveFrom(), lastDay, version);
        save(current, ended);
        return repository.find(id).orElseThrow();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void save(FlexibleEntry current, FlexibleEntry changed) {
        if (!repository.update(changed)) {
            throw new StaleEdit(RECORD_TYPE, current.id());
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, current.id(), changed.region(),
                ChangedFields.between(current, changed)));
    }
}
