package org.fazhi.governance.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fazhi.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * A ledger list's query parameters as a search: {@code q}, {@code agencyId}, {@code from}, {@code to}, and
 * {@code c.<field>} for each choice or yes/no field of the declaration. Unreadable values are ignored, as a filter
 * left blank is.
 */
final class LedgerFilters {

    static final String CHOICE_PREFIX = "c.";

    private LedgerFilters() {
    }

    static LedgerEntryRepository.Search of(LedgerType type, Map<String, String> params) {
        Map<String, Object> choices = new LinkedHashMap<>();
        for (LedgerField field : type.choices()) {
            String value = params.get(CHOICE_PREFIX + field.code());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (field.type() == FieldType.BOOLEAN) {
                choices.put(field.code(), Boolean.parseBoolean(value));
            } else if (field.options().contains(value)) {
                choices.put(field.code(), value);
            }
        }
        return new LedgerEntryRepository.Search(number(params.get("agencyId")), date(params.get("from")),
                date(params.get("to")), params.get("q"), choices);
    }

    /** The period the page's figures cover: the filter's, else the year to date. */
    static Period period(LedgerEntryRepository.Search search, LocalDate today) {
        LocalDate from = search.from() != null ? search.from() : today.withDayOfYear(1);
        LocalDate to = search.to() != null ? search.to() : today;
        return new Period(from, to.isBefore(from) ? from : to);
    }

    private static @Nullable Long number(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
