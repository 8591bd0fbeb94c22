package org.fazhi.supervision.alert;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One alert as supervisors see it: which rule found what about which record (its type, id and reference), where,
 * since when, its state, its owner and, once ended, when and why.
 */
public record Alert(long id, String ruleCode, String ruleTitle, String subjectType, long subjectId,
                    String subjectReference, String county, @Nullable Long agencyId, @Nullable String agencyName,
                    LocalDate since, String summary, AlertState state, LocalDate raisedOn,
                    @Nullable String ownerName, @Nullable LocalDate endedOn, @Nullable String endReason,
                    @Nullable String link, int version) {

    public boolean live() {
        return state.isLive();
    }
}
