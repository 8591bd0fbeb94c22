package org.fazhi.inspection.task;

/** Why the inspection exists: a random draw, a complaint (投诉举报), a referral (转办), a clue, or a campaign. */
public enum TaskOrigin {
    DRAW, COMPLAINT, REFERRAL, CLUE, CAMPAIGN
}
