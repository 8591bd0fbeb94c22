package org.fazhi.inspection.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * 抽查计划: which agencies (one, or several for a joint plan: 进一次门、查多项事) inspect which parties of a county
 * for which published inspection items in which period, drawing each credit grade at its ratio, each selected
 * party with at least two inspectors. The rules are fixed once the plan is published: that is what makes its draw
 * checkable. Drafted, approved by someone else, published (directories frozen, the seed committed to a public value
 * still to come), drawn once after that value is read; cancelled at any point with a reason that stays public.
 * {@code randomness} is what a COMBINED plan announces; plans of the old seed modes have none.
 */
public record InspectionPlan(long id, RegionCode county, String code, String name, PlanKind kind,
                             long leadAgencyId, List<Long> agencyIds, List<Long> itemIds, Set<String> townships,
                             Set<String> industries, Set<String> grades, LocalDate periodFrom, LocalDate periodTo,
                             SamplingRatios ratios, int inspectorsPerParty, @Nullable Integer capPerInspector,
                             boolean avoidResidence, SeedMode seedMode, @Nullable String seedSource,
                             @Nullable PublicRandomness randomness, LocalDate drawOn, PlanStatus status,
                             String createdBy, @Nullable String approvedBy, @Nullable Instant publishedAt,
                             @Nullable String seedCommitment, @Nullable String cancelReason, int version) {

    public InspectionPlan {
        agencyIds = List.copyOf(agencyIds);
        itemIds = List.copyOf(itemIds);
        townships = Set.copyOf(townships);
        industries = Set.copyOf(industries);
        grades = Set.copyOf(grades);
    }

    public boolean isJoint() {
        return agencyIds.size() > 1;
    }

    public boolean isEditable() {
        return status == PlanStatus.DRAFT;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** A second person approves: whoever drafted a plan may not approve it. */
    public void checkApprovableBy(String username) {
        requireStatus(PlanStatus.DRAFT, "inspection.plan.approve.not-draft");
        if (createdBy.equals(username)) {
            throw RuleViolation.of("inspection.plan.approve.own");
        }
    }

    /** Only with a public value still to come: one already read would let whoever holds the secret aim the draw. */
    public void checkPublishableAt(Instant now, ZoneId zone) {
        requireStatus(PlanStatus.APPROVED, "inspection.plan.publish.not-approved");
        if (randomness == null) {
            throw RuleViolation.of("inspection.plan.publish.no-randomness");
        }
        if (!randomness.readingAt().isAfter(now)) {
            throw RuleViolation.of("inspection.plan.publish.reading-passed", shown(randomness.readingAt(), zone));
        }
    }

    /** One plan, one draw, not before its public value is read (plans of the old modes: the announced day). */
    public void checkDrawableAt(Instant now, ZoneId zone) {
        requireStatus(PlanStatus.PUBLISHED, "inspection.plan.draw.not-published");
        if (randomness != null && now.isBefore(randomness.readingAt())) {
            throw RuleViolation.of("inspection.plan.draw.before-reading", shown(randomness.readingAt(), zone),
                    randomness.name());
        }
        if (randomness == null && LocalDate.ofInstant(now, zone).isBefore(drawOn)) {
            throw RuleViolation.of("inspection.plan.draw.too-early", drawOn);
        }
    }

    public void checkCancellable() {
        if (status == PlanStatus.CANCELLED) {
            throw RuleViolation.of("inspection.plan.cancel.already");
        }
    }

    private static String shown(Instant moment, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(moment.atZone(zone));
    }

    private void requireStatus(PlanStatus required, String messageKey) {
        if (status != required) {
            throw RuleViolation.of(messageKey);
        }
    }
}
