package org.fazhi.inspection.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan as the API shows it: the fields of {@link PlanForm} (ratios in percent, the reading moment in Beijing
 * time, so a read can be edited and sent back with its {@code version}), then its state. Never the sealed seed: only its public commitment.
 */
record PlanView(long id, String county, String code, String name, PlanKind kind, long leadAgencyId,
                List<Long> agencyIds, List<Long> itemIds, List<String> townships, List<String> industries,
                LocalDate periodFrom, LocalDate periodTo, BigDecimal percentA, BigDecimal percentB,
                BigDecimal percentC, BigDecimal percentD, BigDecimal percentUnrated, int inspectorsPerParty,
                @Nullable Integer capPerInspector, boolean avoidResidence, @Nullable String randomnessSource,
                @Nullable String randomnessName, @Nullable String randomnessIssue,
                @Nullable LocalDateTime readingAt, PlanStatus status, String createdBy,
                @Nullable String approvedBy, @Nullable Instant publishedAt, @Nullable String seedCommitment,
                @Nullable String cancelReason, int version) {

    static PlanView of(InspectionPlan plan, ZoneId zone) {
        PlanForm form = PlanForm.of(plan, zone);
        PublicRandomness randomness = plan.randomness();
        return new PlanView(plan.id(), plan.county().value(), plan.code(), plan.name(), plan.kind(),
                plan.leadAgencyId(), plan.agencyIds(), plan.itemIds(), form.townships(), form.industries(),
                plan.periodFrom(), plan.periodTo(), form.percentA(), form.percentB(), form.percentC(),
                form.percentD(), form.percentUnrated(), plan.inspectorsPerParty(), plan.capPerInspector(),
                plan.avoidResidence(), form.randomnessSource(), randomness == null ? null : randomness.name(),
                form.randomnessIssue(), form.readingAt(), plan.status(),
                plan.createdBy(), plan.approvedBy(), plan.publishedAt(), plan.seedCommitment(), plan.cancelReason(),
                plan.version());
    }
}
