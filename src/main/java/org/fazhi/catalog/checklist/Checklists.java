package org.fazhi.catalog.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the checklists (检查表单) of inspection item versions (行政检查). Whoever may edit the item edits its
 * checklist, but only while
 * the version is in force or yet to come: an ended version's checklist is what past inspections were checked
 * against, and history is not rewritten (a change of substance is a revision of the item, which starts with a copy
 * of its checklist). A change to the checklist is a change to the version: its {@code version} moves on.
 */
@Service
public class Checklists {

    private final EnforcementItems items;
    private final ItemRepository itemRepository;
    private final CheckPointRepository repository;
    private final ApplicationEventPublisher events;

    Checklists(EnforcementItems items, ItemRepository itemRepository, CheckPointRepository repository,
               ApplicationEventPublisher events) {
        this.items = items;
        this.itemRepository = itemRepository;
        this.repository = repository;
        this.events = events;
    }

    /** The version's points, if the user may see the version (otherwise 404). */
    public List<CheckPoint> of(SignedInUser user, long itemId) {
        items.get(user, itemId);
        return repository.ofItem(itemId);
    }

    public boolean mayEdit(SignedInUser user, EnforcementItem item) {
        return items.mayEdit(user, item) && item.category() == ItemCategory.INSPECTION
                && !hasEnded(item, items.today());
    }

    /** Saves the version's whole checklist as the form has it. */
    @Transactional
    public List<CheckPoint> save(SignedInUser user, long itemId, ChecklistForm form) {
        EnforcementItem item = editable(user, itemId);
        List<CheckPointDraft> drafts = form.drafts();
        if (!itemRepository.touch(itemId, form.version())) {
            throw new StaleEdit(EnforcementItems.RECORD_TYPE, itemId);
        }
        repository.replace(item, drafts);
        changed(item);
        return repository.ofItem(itemId);
    }

    /** Adds one point after the others. */
    @Transactional
    public CheckPoint add(SignedInUser user, long itemId, ChecklistForm.Row point, int version) {
        editable(user, itemId);
        List<FieldProblem> problems = CheckPointRules.problems("", point.content(), point.standard(),
                point.legalBasis());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<ChecklistForm.Row> rows = new ArrayList<>(ChecklistForm.of(repository.ofItem(itemId), version).points());
        rows.add(new ChecklistForm.Row(null, null, point.content(), point.standard(), point.legalBasis(),
                point.keyPoint(), false));
        List<CheckPoint> saved = save(user, itemId, new ChecklistForm(rows, version));
        return saved.get(saved.size() - 1);
    }

    /** Sets the point at {@code position} of a version the importing user may edit (an Excel row). */
    @Transactional
    void put(SignedInUser user, EnforcementItem item, int position, CheckPointDraft draft) {
        requireEditable(user, item);
        itemRepository.touch(item.id(), -1);
        repository.put(item, position, draft);
        changed(item);
    }

    /** The version, if the user may change its checklist now: 404 out of scope, 403 not a keeper, 422 ended. */
    public EnforcementItem editable(SignedInUser user, long itemId) {
        EnforcementItem item = items.get(user, itemId);
        requireEditable(user, item);
        return item;
    }

    private void requireEditable(SignedInUser user, EnforcementItem item) {
        if (!items.mayEdit(user, item)) {
            throw new AccessDeniedException("catalog: may not change the checklist of item " + item.id());
        }
        if (item.category() != ItemCategory.INSPECTION) {
            throw RuleViolation.of("catalog.check-point.not-inspection");
        }
        if (hasEnded(item, items.today())) {
            throw RuleViolation.of("catalog.check-point.version-ended", item.effectiveTo());
        }
    }

    private void changed(EnforcementItem item) {
        events.publishEvent(DataChanged.updated(EnforcementItems.RECORD_TYPE, item.id(), item.region(),
                List.of("checkPoints")));
    }

    private static boolean hasEnded(EnforcementItem item, LocalDate today) {
        return item.effectiveTo() != null && item.effectiveTo().isBefore(today);
    }
}
