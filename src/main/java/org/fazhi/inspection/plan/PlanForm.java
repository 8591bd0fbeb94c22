package org.fazhi.inspection.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.inspection.InspectionProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What a user submits to draft or change a plan: the page's form and the API's request body. */
public record PlanForm(
        @NotBlank(message = "{inspection.plan.name.required}") @Size(max = 100, message = "{inspection.plan.name.size}") String name,
        @NotNull(message = "{inspection.plan.kind.required}") @Nullable PlanKind kind,
        @NotNull(message = "{inspection.plan.lead.required}") @Nullable Long leadAgencyId,
        @Nullable List<Long> otherAgencyIds,
        @NotEmpty(message = "{inspection.plan.items.required}") @Nullable List<Long> itemIds,
        @Nullable List<String> townships,
        @Nullable List<String> industries,
        @NotNull(message = "{inspection.plan.period.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
        @NotNull(message = "{inspection.plan.period.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo,
        @NotNull(message = "{inspection.plan.ratio.required}") @DecimalMin(value = "0", message = "{inspection.plan.ratio.range}") @DecimalMax(value = "100", message = "{inspection.plan.ratio.range}") @Digits(integer = 3, fraction = 2, message = "{inspection.plan.ratio.digits}") @Nullable BigDecimal percentA,
        @NotNull(message = "{inspection.plan.ratio.required}") @DecimalMin(value = "0", message = "{inspection.plan.ratio.range}") @DecimalMax(value = "100", message = "{inspection.plan.ratio.range}") @Digits(integer = 3, fraction = 2, message = "{inspection.plan.ratio.digits}") @Nullable BigDecimal percentB,
        @NotNull(message = "{inspection.plan.ratio.required}") @DecimalMin(value = "0", message = "{inspection.plan.ratio.range}") @DecimalMax(value = "100", message = "{inspection.plan.ratio.range}") @Digits(integer = 3, fraction = 2, message = "{inspection.plan.ratio.digits}") @Nullable BigDecimal percentC,
        @NotNull(message = "{inspection.plan.ratio.required}") @DecimalMin(value = "0", message = "{inspection.plan.ratio.range}") @DecimalMax(value = "100", message = "{inspection.plan.ratio.range}") @Digits(integer = 3, fraction = 2, message = "{inspection.plan.ratio.digits}") @Nullable BigDecimal percentD,
        @NotNull(message = "{inspection.plan.ratio.required}") @DecimalMin(value = "0", message = "{inspection.plan.ratio.range}") @DecimalMax(value = "100", message = "{inspection.plan.ratio.range}") @Digits(integer = 3, fraction = 2, message = "{inspection.plan.ratio.digits}") @Nullable BigDecimal percentUnrated,
        @NotNull(message = "{inspection.plan.per-party.min}") @Min(value = 2, message = "{inspection.plan.per-party.min}") @Nullable Integer inspectorsPerParty,
        @Nullable @Min(value = 1, message = "{inspection.plan.cap.min}") Integer capPerInspector,
        @Nullable Boolean avoidResidence,
        @NotBlank(message = "{inspection.plan.randomness.required}") @Nullable String randomnessSource,
        @Nullable String randomnessIssue,
        @NotNull(message = "{inspection.plan.reading-at.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime readingAt,
        int version) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A new plan's form: the county's defaults, and a public drawing session on the next day at 09:30. */
    public static PlanForm empty(InspectionProperties rules, @Nullable Long leadAgencyId, LocalDate today) {
        return new PlanForm("", PlanKind.ANNUAL, leadAgencyId, List.of(), List.of(), List.of(), List.of(),
                today.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31), percent(rules.ratioA()),
                percent(rules.ratioB()), percent(rules.ratioC()), percent(rules.ratioD()),
                percent(rules.ratioUnrated()), 2, rules.capPerInspector() > 0 ? rules.capPerInspector() : null,
                rules.avoidResidence(), RandomnessSources.SESSION, null, today.plusDays(1).atTime(9, 30), 0);
    }

    /** The form of a plan being edited; a plan of an old seed mode has no source yet and must choose one. */
    public static PlanForm of(InspectionPlan plan, ZoneId zone) {
        SamplingRatios ratios = plan.ratios();
        PublicRandomness randomness = plan.randomness();
        return new PlanForm(plan.name(), plan.kind(), plan.leadAgencyId(),
                plan.agencyIds().stream().filter(id -> id != plan.leadAgencyId()).toList(), plan.itemIds(),
                plan.townships().stream().sorted().toList(), plan.industries().stream().sorted().toList(),
                plan.periodFrom(), plan.periodTo(), percent(ratios.a()), percent(ratios.b()), percent(ratios.c()),
                percent(ratios.d()), percent(ratios.unrated()), plan.inspectorsPerParty(), plan.capPerInspector(),
                plan.avoidResidence(), randomness == null ? null : randomness.source(),
                randomness == null ? null : randomness.issue(),
                randomness == null ? null : LocalDateTime.ofInstant(randomness.readingAt(), zone), plan.version());
    }

    /** An unticked checkbox sends nothing. */
    boolean avoidsResidence() {
        return Boolean.TRUE.equals(avoidResidence);
    }

    SamplingRatios ratios() {
        return new SamplingRatios(share(percentA), share(percentB), share(percentC), share(percentD),
                share(percentUnrated));
    }

    private static BigDecimal percent(BigDecimal share) {
        BigDecimal percent = share.multiply(HUNDRED).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    private static BigDecimal share(@Nullable BigDecimal percent) {
        return percent == null ? BigDecimal.ZERO : percent.divide(HUNDRED).stripTrailingZeros();
    }
}
