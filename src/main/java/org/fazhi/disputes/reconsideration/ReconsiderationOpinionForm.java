package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What the body writes in a 行政复议意见书: the case it arose from, the agency it goes to (the case's respondent when
 * not given), the day issued (today when not given), the problem found, the action required, and the day the reply
 * is due ({@value #REPLY_DAYS} days after issue when not given, 第七十六条).
 */
public record ReconsiderationOpinionForm(@Nullable Long reconsiderationId, @Nullable Long agencyId,
                                         @Nullable LocalDate issuedOn, @Nullable String issue,
                                         @Nullable String requiredAction, @Nullable LocalDate replyDue) {

    static final int REPLY_DAYS = 60;

    /** The checked form, every problem named by field; the case and agency are checked by the service. */
    record Checked(LocalDate issuedOn, String issue, String requiredAction, LocalDate replyDue) {
    }

    Checked check(LocalDate today, List<FieldProblem> problems) {
        LocalDate issued = issuedOn == null ? today : issuedOn;
        if (issued.isAfter(today)) {
            problems.add(FieldProblem.of("issuedOn", "disputes.reconsideration.date.future"));
        }
        String what = text(problems, "issue", issue);
        String action = text(problems, "requiredAction", requiredAction);
        LocalDate due = replyDue == null ? issued.plusDays(REPLY_DAYS) : replyDue;
        if (due.isBefore(issued)) {
            problems.add(FieldProblem.of("replyDue", "disputes.opinion.replyDue.before-issue"));
        }
        return new Checked(issued, what, action, due);
    }

    private static String text(List<FieldProblem> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "disputes.opinion." + field + ".required"));
            return "";
        }
        if (value.strip().length() > StepInput.TEXT_MAX) {
            problems.add(FieldProblem.of(field, "disputes.reconsideration.text.too-long", StepInput.TEXT_MAX));
        }
        return value.strip();
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(new ArrayList<>(problems));
        }
    }
}
