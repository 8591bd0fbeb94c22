package org.fazhi.supervision.round;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 问题线索移交纪委: a finding passed to the county's discipline inspection commission, and, once it answers, how many
 * persons it gave 党纪政务处分 and 组织处理.
 */
record DisciplineClue(long id, long findingId, LocalDate transferredOn, String transferredBy,
                      @Nullable LocalDate outcomeOn, @Nullable Integer personsDisciplined,
                      @Nullable Integer personsOrganisational, @Nullable String outcomeNote) {

    public boolean answered() {
        return outcomeOn != null;
    }
}
