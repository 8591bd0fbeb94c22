package org.fazhi.inspection.plan;

/**
 * Where a draw's seed comes from, so that nobody could know it when the directories were frozen. New plans are
 * {@code COMBINED}: a random secret whose commitment is published at the freeze, combined at the draw with a public
 * value read at an announced moment after it (format fazhi-draw/2). Plans published before that kept their mode:
 * {@code COMMITTED}, the secret alone (whoever held it knew the outcome from the start), or {@code PUBLIC_VALUE}, a
 * public value alone.
 */
public enum SeedMode {
    COMMITTED, PUBLIC_VALUE, COMBINED
}
