package org.fazhi.catalog.flexible;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns a form into an entry: its item must exist in the user's scope; the entry's own checks are on the entry. */
@Component
class FlexibleRules {

    private final ItemRefs items;

    FlexibleRules(ItemRefs items) {
        this.items = items;
    }

    FlexibleEntry toEntry(SignedInUser user, long id, FlexibleEntryForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        ItemRef item = null;
        if (form.itemId() == null) {
            problems.add(FieldProblem.of("itemId", "catalog.flexible.item.required"));
        } else {
            item = items.find(form.itemId()).filter(found -> found.isVisibleIn(user.scope())).orElse(null);
            if (item == null) {
                problems.add(FieldProblem.of("itemId", "catalog.flexible.item.unknown"));
            }
        }
        if (form.listKind() == null) {
            problems.add(FieldProblem.of("listKind", "catalog.flexible.list-kind.required"));
        }
        if (form.effectiveFrom() == null) {
            problems.add(FieldProblem.of("effectiveFrom", "catalog.flexible.effective-from.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        FlexibleEntry entry = new FlexibleEntry(id, Objects.requireNonNull(form.listKind()), Objects.requireNonNull(item),
                text(form.circumstances()), blankToNull(form.conditions()), blankToNull(form.legalBasis()),
                Objects.requireNonNull(form.effectiveFrom()), form.effectiveTo(), form.version());
        problems.addAll(entry.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return entry;
    }

    List<FieldProblem> problems(SignedInUser user, long id, FlexibleEntryForm form) {
        try {
            toEntry(user, id, form);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problems();
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
