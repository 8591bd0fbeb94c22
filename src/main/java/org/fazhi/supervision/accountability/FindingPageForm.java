package org.fazhi.supervision.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The page's form of a finding: the source as a kind and a number (the API writes {@code LAWSUIT:42}), and three
 * rows of persons of which the blank ones are left out.
 */
record FindingPageForm(@Nullable Long agencyId, SourceRef.@Nullable Kind sourceKind, @Nullable Long sourceId,
                       @Nullable String fault, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate foundOn,
                       @Nullable Boolean pursued, @Nullable String notPursuedReason, @Nullable Boolean circulated,
                       @Nullable Boolean referredToDiscipline, @Nullable List<Accountability.PersonForm> persons) {

    static final int PERSON_ROWS = 3;

    static FindingPageForm empty(LocalDate today) {
        return new FindingPageForm(null, null, null, null, today, null, null, null, null, List.of());
    }

    /** The form as the service takes it; a source without its kind or number is no source. */
    Accountability.FindingForm toFinding() {
        String source = sourceKind == null || sourceId == null ? null : sourceKind.name() + ":" + sourceId;
        List<Accountability.PersonForm> given = persons == null ? List.of() : persons.stream()
                .filter(p -> p != null && (p.name() != null && !p.name().isBlank() || p.handling() != null))
                .toList();
        return new Accountability.FindingForm(agencyId, source, fault, foundOn, pursued, notPursuedReason,
                circulated, referredToDiscipline, given);
    }

    /** The person rows to show: those given, filled up with blank ones to {@value #PERSON_ROWS}. */
    List<Accountability.PersonForm> personRows() {
        return rows(persons == null ? List.of() : persons);
    }

    /** The service names the source {@code source}; the page shows it beside the number. */
    static String fieldOnPage(String field) {
        return "source".equals(field) ? "sourceId" : field;
    }

    private static List<Accountability.PersonForm> rows(List<Accountability.PersonForm> given) {
        List<Accountability.PersonForm> rows = new ArrayList<>(given.stream()
                .map(p -> p == null ? new Accountability.PersonForm(null, null, null) : p).toList());
        IntStream.range(rows.size(), PERSON_ROWS).forEach(i -> rows.add(new Accountability.PersonForm(null, null, null)));
        return rows;
    }
}
