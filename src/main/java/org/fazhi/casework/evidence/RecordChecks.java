package org.fazhi.casework.evidence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.IdNumber;
import org.jspecify.annotations.Nullable;

/**
 * Every field of a 笔录, checked on the server whatever the page checked: each problem named by its field (the
 * questions and answers as {@code answers[i].question}), all of them at once, so the officer fixes the form in one go.
 * Whether the officers present are the case's handlers is the service's check: it needs the case.
 */
final class RecordChecks {

    static final int SHORT = 100;
    static final int LONG = 4000;
    static final int MOST_ANSWERS = 200;

    private final List<FieldProblem> problems = new ArrayList<>();

    private RecordChecks() {
    }

    static List<FieldProblem> of(RecordInput input, LocalDateTime now) {
        RecordChecks checks = new RecordChecks();
        checks.common(input, now);
        if (input.kind() == RecordKind.INQUIRY) {
            checks.inquiry(input);
        } else if (input.kind() != null) {
            checks.onTheSpot(input);
        }
        return List.copyOf(checks.problems);
    }

    private void common(RecordInput input, LocalDateTime now) {
        required("kind", input.kind());
        text("place", input.place(), SHORT * 2);
        required("startedAt", input.startedAt());
        required("endedAt", input.endedAt());
        if (input.startedAt() != null && input.endedAt() != null && !input.endedAt().isAfter(input.startedAt())) {
            problems.add(FieldProblem.of("endedAt", "casework.evidence.record.ended-before-started"));
        } else if (input.endedAt() != null && input.endedAt().isAfter(now)) {
            problems.add(FieldProblem.of("endedAt", "casework.evidence.record.future"));
        }
        if (input.officers().size() < 2) {
            problems.add(FieldProblem.of("officerIds", "casework.evidence.record.officers.two"));
        }
        if (input.refusedToSign()) {
            text("refusalWitness", input.refusalWitness(), SHORT);
        } else {
            optional("refusalWitness", input.refusalWitness(), SHORT);
        }
    }

    /** 现场检查笔录, 勘验笔录: who was present, what was examined and found. */
    private void onTheSpot(RecordInput input) {
        text("presentName", input.presentName(), SHORT);
        required("presentRole", input.presentRole());
        if (input.kind() == RecordKind.EXAMINATION) {
            text("subject", input.subject(), SHORT * 2);
        } else {
            optional("subject", input.subject(), SHORT * 2);
        }
        text("content", input.content(), LONG);
    }

    /** 询问笔录: whom, with which ID, and the questions with their answers. */
    private void inquiry(RecordInput input) {
        text("personName", input.personName(), SHORT);
        required("idKind", input.idKind());
        if (text("idNumber", input.idNumber(), 40) && input.idKind() == RecordInput.IdKind.RESIDENT_ID
                && !IdNumber.isValid(input.idNumber().strip())) {
            problems.add(FieldProblem.of("idNumber", "casework.evidence.record.id-number.invalid"));
        }
        required("relation", input.relation());
        List<RecordInput.Answer> answers = input.answers() == null ? List.of() : input.answers();
        if (input.writtenAnswers().isEmpty()) {
            problems.add(FieldProblem.of("answers", "casework.evidence.record.answers.required"));
        } else if (input.writtenAnswers().size() > MOST_ANSWERS) {
            problems.add(FieldProblem.of("answers", "casework.evidence.record.answers.too-many", MOST_ANSWERS));
        }
        for (int i = 0; i < answers.size(); i++) {
            RecordInput.Answer pair = answers.get(i);
            if (pair != null && !(RecordInput.blank(pair.question()) && RecordInput.blank(pair.answer()))) {
                text("answers[" + i + "].question", pair.question(), LONG / 2);
                text("answers[" + i + "].answer", pair.answer(), LONG);
            }
        }
    }

    private void required(String field, @Nullable Object value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "casework.input.required"));
        }
    }

    /** A text the record needs, within its length; true when it is there and fits. */
    private boolean text(String field, @Nullable String value, int most) {
        if (RecordInput.blank(value)) {
            problems.add(FieldProblem.of(field, "casework.input.required"));
            return false;
        }
        return optional(field, value, most);
    }

    private boolean optional(String field, @Nullable String value, int most) {
        if (value != null && value.strip().length() > most) {
            problems.add(FieldProblem.of(field, "casework.evidence.record.too-long", most));
            return false;
        }
        return true;
    }
}
