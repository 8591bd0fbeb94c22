package org.fazhi.inspection.checklist;

/** What an inspection found at a check point: 符合, 不符合 (a note says what), or 不涉及 (the point does not apply). */
public enum CheckOutcome {
    CONFORMS, NONCONFORMING, NOT_APPLICABLE
}
