package org.fazhi.disclosure.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.fazhi.catalog.PenaltyKind;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.InvalidValueException;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A portal search as the index runs it: the keywords, the agencies whose decisions count ({@code null}: all of the
 * county's), and the other filters checked. Every wrong field is named at once, in Chinese.
 *
 * @param agencies the one agency asked for, or those seated in the township asked for; empty matches nothing
 */
record PortalQuery(RegionCode county, PortalKeywords keywords, @Nullable Set<Long> agencies,
                   @Nullable PenaltyKind penalty, @Nullable String item, @Nullable Long fineFromFen,
                   @Nullable Long fineToFen, @Nullable LocalDate from, @Nullable LocalDate to) {

    static final int MAX_ITEM_LENGTH = 50;

    /** What the county offers to filter by: its agencies and, for a township, the agencies seated in it. */
    interface Choices {
        boolean isAgency(long id);

        /** The agencies seated in the township; null when the code is not one of the county's townships. */
        @Nullable Set<Long> agenciesIn(String township);
    }

    static PortalQuery of(RegionCode county, PortalFilters typed, Choices choices) {
        List<FieldProblem> problems = new ArrayList<>();
        PortalKeywords keywords = read(problems, () -> PortalKeywords.parse(typed.q()));
        Set<Long> agencies = read(problems, () -> agencies(typed, choices));
        PenaltyKind penalty = read(problems, () -> penalty(typed.penalty()));
        String item = read(problems, () -> item(typed.item()));
        Long fineFrom = read(problems, () -> fen("fineFrom", typed.fineFrom()));
        Long fineTo = read(problems, () -> fen("fineTo", typed.fineTo()));
        LocalDate from = read(problems, () -> day("from", typed.from()));
        LocalDate to = read(problems, () -> day("to", typed.to()));
        if (fineFrom != null && fineTo != null && fineFrom > fineTo) {
            problems.add(FieldProblem.of("fineTo", "disclosure.portal.fine.reversed"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(FieldProblem.of("to", "disclosure.portal.day.reversed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PortalQuery(county, keywords == null ? PortalKeywords.none() : keywords, agencies, penalty, item,
                fineFrom, fineTo, from, to);
    }

    private static <T> @Nullable T read(List<FieldProblem> problems, Supplier<@Nullable T> reading) {
        try {
            return reading.get();
        } catch (InvalidInput refused) {
            problems.addAll(refused.problems());
            return null;
        }
    }

    private static @Nullable Set<Long> agencies(PortalFilters typed, Choices choices) {
        Set<Long> agencies = null;
        if (PortalFilters.given(typed.agency())) {
            long id = number("agency", typed.agency());
            if (!choices.isAgency(id)) {
                throw InvalidInput.of("agency", "disclosure.portal.agency.unknown");
            }
            agencies = Set.of(id);
        }
        if (PortalFilters.given(typed.township())) {
            Set<Long> seated = choices.agenciesIn(typed.township().strip());
            if (seated == null) {
                throw InvalidInput.of("township", "disclosure.portal.township.unknown");
            }
            agencies = agencies == null ? seated : agencies.stream().filter(seated::contains)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return agencies;
    }

    private static long number(String field, String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "disclosure.portal." + field + ".unknown");
        }
    }

    private static @Nullable PenaltyKind penalty(@Nullable String typed) {
        if (!PortalFilters.given(typed)) {
            return null;
        }
        try {
            return PenaltyKind.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("penalty", "disclosure.portal.penalty.unknown");
        }
    }

    private static @Nullable String item(@Nullable String typed) {
        if (!PortalFilters.given(typed)) {
            return null;
        }
        String item = typed.strip();
        if (item.codePointCount(0, item.length()) > MAX_ITEM_LENGTH) {
            throw InvalidInput.of("item", "disclosure.portal.item.too-long", MAX_ITEM_LENGTH);
        }
        return item;
    }

    private static @Nullable Long fen(String field, @Nullable String typed) {
        if (!PortalFilters.given(typed)) {
            return null;
        }
        try {
            Money amount = Money.ofYuan(typed);
            if (amount.isNegative()) {
                throw InvalidInput.of(field, "disclosure.portal." + field + ".invalid");
            }
            return amount.fen();
        } catch (InvalidValueException e) {
            throw InvalidInput.of(field, "disclosure.portal." + field + ".invalid");
        }
    }

    private static @Nullable LocalDate day(String field, @Nullable String typed) {
        if (!PortalFilters.given(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "disclosure.portal." + field + ".invalid");
        }
    }
}
