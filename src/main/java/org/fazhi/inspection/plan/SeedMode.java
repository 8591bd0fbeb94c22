package org.fazhi.inspection.plan;

/**
 * Where a draw's seed comes from, so that nobody could know it when the directories were frozen:
 * {@code COMMITTED}, a random secret whose SM3 hash is published at the freeze and which the draw reveals; or
 * {@code PUBLIC_VALUE}, a public value announced in advance and known only later (e.g. a lottery's numbers).
 */
public enum SeedMode {
    COMMITTED, PUBLIC_VALUE
}
