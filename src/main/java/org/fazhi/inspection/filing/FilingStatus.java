package org.fazhi.inspection.filing;

/** A filing's life: filed and awaiting the bureau's review, then accepted, or returned with a reason. */
public enum FilingStatus {
    FILED, ACCEPTED, RETURNED
}
