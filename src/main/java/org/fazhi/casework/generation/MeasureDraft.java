package org.fazhi.casework.generation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.casework.compulsion.LiftingReason;
import org.fazhi.casework.compulsion.MeasureAct;
import org.fazhi.casework.compulsion.MeasureKind;
import org.fazhi.casework.compulsion.MeasureState;
import org.jspecify.annotations.Nullable;

/**
 * One generated measure on property as its acts left it: the columns of {@code casework.compulsory_measure}, its
 * list ({@code measure_item}) and its timeline ({@code measure_event}). Filled by {@link MeasureLife}, written by
 * {@link CaseRows} after its case (whose id it then takes).
 */
final class MeasureDraft {

    record Event(OffsetDateTime at, String username, String displayName, MeasureAct act, MeasureState to,
                 @Nullable String detail) {
    }

    record Item(int line, String name, BigDecimal quantity, String unit, @Nullable LocalDate returnedOn) {
    }

    long id;
    final MeasureKind kind;
    final boolean urgent;
    final List<Long> officerIds;
    final String reason;
    final String legalBasis;
    final String placeKept;
    MeasureState state = MeasureState.PROPOSED;
    @Nullable OffsetDateTime takenAt;
    @Nullable String approvedBy;
    @Nullable OffsetDateTime approvedAt;
    @Nullable LocalDate startedOn;
    @Nullable LocalDate dueOn;
    boolean provisional;
    int extensionDays;
    @Nullable String extensionReason;
    @Nullable LocalDate extendedOn;
    @Nullable LocalDate liftedOn;
    @Nullable LiftingReason liftingReason;
    @Nullable LocalDate confiscatedOn;
    @Nullable LocalDate closedOn;
    final List<Item> items = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    MeasureDraft(MeasureKind kind, boolean urgent, List<Long> officerIds, String reason, String legalBasis,
                 String placeKept) {
        this.kind = kind;
        this.urgent = urgent;
        this.officerIds = List.copyOf(officerIds);
        this.reason = reason;
        this.legalBasis = legalBasis;
        this.placeKept = placeKept;
    }

    /** The version after its acts: the first created it, each later one saved it once. */
    int version() {
        return events.size() - 1;
    }
}
