package org.fazhi.supervision.monitoring;

/**
 * The record an alert is about, named as {@link org.fazhi.shared.DataChanged} names records
 * ({@code casework.case}, {@code inspection.task}, {@code disclosure.publication}, {@code registry.officer},
 * {@code registry.agency}, {@code entities.party}, {@code casework.measure}, …) with its id and the reference people
 * know it by (a case code, a task code, an officer's name).
 */
public record Subject(String type, long id, String reference) {

    /** Two subjects are the same record whatever reference they were given. */
    public boolean sameRecord(Subject other) {
        return type.equals(other.type) && id == other.id;
    }
}
