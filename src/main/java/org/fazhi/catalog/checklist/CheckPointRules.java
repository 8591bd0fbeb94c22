package org.fazhi.catalog.checklist;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The checks on one check point's texts, shared by the page, the API and the Excel import: what is checked (2-200
 * characters), the standard (2-1000) and an optional legal basis (at most 500). A checklist holds at most
 * {@link #MAX_POINTS} points: a form longer than that is no longer one form an inspector can fill in on a visit.
 */
final class CheckPointRules {

    static final int MAX_POINTS = 100;

    private CheckPointRules() {
    }

    /** Every problem with the texts; field names start with {@code prefix} (e.g. {@code points[2].}). */
    static List<FieldProblem> problems(String prefix, @Nullable String content, @Nullable String standard,
                                       @Nullable String legalBasis) {
        List<FieldProblem> problems = new ArrayList<>();
        sized(problems, prefix + "content", text(content), 2, 200, "catalog.check-point.content");
        sized(problems, prefix + "standard", text(standard), 2, 1000, "catalog.check-point.standard");
        if (text(legalBasis).length() > 500) {
            problems.add(FieldProblem.of(prefix + "legalBasis", "catalog.check-point.legal-basis.size"));
        }
        return problems;
    }

    /** The draft the texts make, trimmed; blank legal basis becomes none. */
    static CheckPointDraft draft(@Nullable Long id, @Nullable String content, @Nullable String standard,
                                 @Nullable String legalBasis, boolean keyPoint) {
        String basis = text(legalBasis);
        return new CheckPointDraft(id, text(content), text(standard), basis.isEmpty() ? null : basis, keyPoint);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static void sized(List<FieldProblem> problems, String field, String value, int min, int max,
                              String keyPrefix) {
        if (value.isEmpty()) {
            problems.add(FieldProblem.of(field, keyPrefix + ".required"));
        } else if (value.codePointCount(0, value.length()) < min || value.codePointCount(0, value.length()) > max) {
            problems.add(FieldProblem.of(field, keyPrefix + ".size", min, max));
        }
    }
}
