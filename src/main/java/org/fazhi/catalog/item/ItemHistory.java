package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Every version of one item code on one county's list, oldest first. Holds the rule that makes the history
 * readable: two versions of the same code are never in force on the same day, so "the item as of a date" is
 * always one version or none.
 */
public record ItemHistory(List<EnforcementItem> versions) {

    public ItemHistory {
        versions = versions.stream().sorted(Comparator.comparing(EnforcementItem::effectiveFrom)).toList();
    }

    /** The other version (not {@code exceptId}) in force on some day of {@code from}–{@code to}, if there is one. */
    public Optional<EnforcementItem> overlapping(long exceptId, LocalDate from, @Nullable LocalDate to) {
        return versions.stream().filter(version -> version.id() != exceptId)
                .filter(version -> version.overlaps(from, to)).findFirst();
    }

    /** The history once {@code current} is closed for a revision starting on {@code nextFrom}. */
    public ItemHistory closing(EnforcementItem current, LocalDate nextFrom) {
        EnforcementItem closed = current.closedBefore(nextFrom);
        List<EnforcementItem> changed = new ArrayList<>();
        for (EnforcementItem version : versions) {
            changed.add(version.id() == current.id() ? closed : version);
        }
        return new ItemHistory(changed);
    }

    /** The version in force on the day, if any. */
    public Optional<EnforcementItem> inForceOn(LocalDate day) {
        return versions.stream().filter(version -> version.isInForceOn(day)).findFirst();
    }

    public Optional<EnforcementItem> find(long id) {
        return versions.stream().filter(version -> version.id() == id).findFirst();
    }
}
