package org.fazhi.catalog.item;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.ItemRevised;
import org.fazhi.catalog.checklist.CheckPointRepository;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the county's enforcement-item list. The justice bureau (ADMIN, SUPERVISOR) keeps every agency's items
 * of its county; an agency's legal office (AGENCY_ADMIN) keeps its own agency's; everyone else reads. Agency
 * roles see only their own agency's items, and another agency's item answers 404 as if it did not exist.
 */
@Service
public class EnforcementItems {

    public static final String RECORD_TYPE = "catalog.item";

    private final ItemRepository repository;
    private final ItemRules rules;
    private final CheckPointRepository checkPoints;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnforcementItems(ItemRepository repository, ItemRules rules, CheckPointRepository checkPoints,
                     ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.checkPoints = checkPoints;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The versions the user may see; in force today unless the search names a day or asks for history. */
    public Page<EnforcementItem> search(SignedInUser user, ItemRepository.Search search, PageRequest page) {
        return repository.search(user.scope(), search.asOf(today()), page);
    }

    public List<EnforcementItem> all(SignedInUser user, ItemRepository.Search search) {
        return repository.all(user.scope(), search.asOf(today()));
    }

    /** The county's list as the public sees it: only versions in force today, whatever the search says. */
    public Page<EnforcementItem> inForceToday(RegionCode county, ItemRepository.Search search, PageRequest page) {
        ItemRepository.Search published = new ItemRepository.Search(search.text(), search.agency(),
                search.category(), search.enterprise(), today(), false);
        return repository.search(DataScope.ofRegion(county), published, page);
    }

    /** The version, if the user may see it; otherwise 404, exactly as if it did not exist. */
    public EnforcementItem get(SignedInUser user, long id) {
        return repository.find(id).filter(item -> isVisible(user, item))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** Every version of the item's code the user may see, oldest first. */
    public List<EnforcementItem> versionsOf(SignedInUser user, EnforcementItem item) {
        return repository.history(item.region(), item.code()).versions().stream()
                .filter(version -> isVisible(user, version)).toList();
    }

    public boolean mayCreate(SignedInUser user) {
        return user.hasRole(Role.ADMIN, Role.SUPERVISOR, Role.AGENCY_ADMIN);
    }

    public boolean mayEdit(SignedInUser user, EnforcementItem item) {
        boolean bureau = user.hasRole(Role.ADMIN, Role.SUPERVISOR) && user.region().county().equals(item.region());
        boolean ownLegalOffice = user.hasRole(Role.AGENCY_ADMIN) && Long.valueOf(item.agencyId()).equals(user.agencyId());
        return bureau || ownLegalOffice;
    }

    /** The domain's problems with a form, for pages that show them with the form's own; id 0 for a new item. */
    public List<FieldProblem> problemsWith(SignedInUser user, long id, ItemForm form) {
        return rules.problems(user, id, form, historyOf(user, form.code()));
    }

    /** The domain's problems with a revision form of version {@code id}. */
    public List<FieldProblem> problemsWithRevision(SignedInUser user, long id, ItemForm form) {
        EnforcementItem current = get(user, id);
        try {
            return rules.problems(user, 0, form.withCode(current.code()), historyAfterRevision(current, form));
        } catch (InvalidInput invalid) {
            return invalid.problems();
        }
    }

    @Transactional
    public EnforcementItem create(SignedInUser user, ItemForm form) {
        if (!mayCreate(user)) {
            throw new AccessDeniedException("catalog: may not keep enforcement items");
        }
        EnforcementItem draft = rules.check(user, 0, form, historyOf(user, form.code()));
        long id = repository.insert(draft);
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, draft.region(), ChangedFields.of(EnforcementItem.class)));
        return repository.find(id).orElseThrow();
    }

    /** Corrects a version in place (a typo, a missing basis); a change of substance is a {@link #revise}. */
    @Transactional
    public EnforcementItem update(SignedInUser user, long id, ItemForm form) {
        EnforcementItem current = editable(user, id);
        EnforcementItem changed = rules.check(user, id, form, historyOf(user, form.code()));
        save(current, changed);
        return repository.find(id).orElseThrow();
    }

    /**
     * Adopts a new version of the item from {@code form.effectiveFrom()}: the version {@code id} ends the day
     * before (if it ran longer), and the new one keeps the code and starts with a copy of its checklist (检查表单),
     * which the new version may then change. {@code form.version()} is that of version {@code id}.
     */
    @Transactional
    public EnforcementItem revise(SignedInUser user, long id, ItemForm form) {
        EnforcementItem current = editable(user, id);
        if (form.version() != current.version()) {
            throw new StaleEdit(RECORD_TYPE, id);
        }
        ItemHistory after = historyAfterRevision(current, form);
        EnforcementItem next = rules.check(user, 0, form.withCode(current.code()), after);
        EnforcementItem closed = after.find(id).orElseThrow();
        if (!closed.equals(current)) {
            save(current, closed);
        }
        long nextId = repository.insert(next);
        checkPoints.copy(id, nextId);
        events.publishEvent(DataChanged.created(RECORD_TYPE, nextId, next.region(), ChangedFields.of(EnforcementItem.class)));
        events.publishEvent(new ItemRevised(id, nextId, next.code(), next.region(), next.effectiveFrom()));
        return repository.find(nextId).orElseThrow();
    }

    /** Ends a version on {@code lastDay} (事项取消), or moves its end; the history keeps it. */
    @Transactional
    public EnforcementItem end(SignedInUser user, long id, LocalDate lastDay, int version) {
        EnforcementItem current = editable(user, id);
        if (version != current.version()) {
            throw new StaleEdit(RECORD_TYPE, id);
        }
        if (lastDay.isBefore(current.effectiveFrom())) {
            throw InvalidInput.of("lastDay", "catalog.item.end.before-start", current.effectiveFrom());
        }
        repository.history(current.region(), current.code()).overlapping(id, current.effectiveFrom(), lastDay)
                .ifPresent(other -> {
                    throw InvalidInput.of("lastDay", "catalog.item.end.overlaps", other.effectiveFrom());
                });
        save(current, current.endedOn(lastDay));
        return repository.find(id).orElseThrow();
    }

    /** The code's history with {@code current} closed the day before the revision starts. */
    private ItemHistory historyAfterRevision(EnforcementItem current, ItemForm form) {
        ItemHistory history = repository.history(current.region(), current.code());
        LocalDate from = form.effectiveFrom();
        if (from == null) {
            return history;
        }
        if (!from.isAfter(current.effectiveFrom())) {
            throw InvalidInput.of("effectiveFrom", "catalog.item.revision.not-after", current.effectiveFrom());
        }
        return history.closing(current, from);
    }

    private EnforcementItem editable(SignedInUser user, long id) {
        EnforcementItem current = get(user, id);
        if (!mayEdit(user, current)) {
            throw new AccessDeniedException("catalog: may not change item " + id);
        }
        return current;
    }

    private void save(EnforcementItem current, EnforcementItem changed) {
        if (!repository.update(changed)) {
            throw new StaleEdit(RECORD_TYPE, current.id());
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, current.id(), changed.region(),
                ChangedFields.between(current, changed)));
    }

    private ItemHistory historyOf(SignedInUser user, @Nullable String code) {
        return code == null || code.isBlank() ? new ItemHistory(List.of())
                : repository.history(user.region().county(), code.strip());
    }

    private static boolean isVisible(SignedInUser user, EnforcementItem item) {
        DataScope scope = user.scope();
        return scope.region().county().equals(item.region())
                && (!scope.isAgencyScoped() || Long.valueOf(item.agencyId()).equals(scope.agencyId()));
    }
}
