package org.fazhi.casework.evidence;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A 笔录 as the officer fills it in, on a page or through the API; every field is checked by {@link RecordChecks}
 * before anything is written. Which fields a kind needs: all of them the place, the times, the officers present and
 * the signature; 现场检查笔录 and 勘验笔录 who was present and what was found ({@code content}; 勘验笔录 also the
 * {@code subject} examined); 询问笔录 the person questioned and the questions and answers.
 *
 * @param officerIds the officers present: at least two of the case's handlers
 */
public record RecordInput(@Nullable RecordKind kind, @Nullable String place, @Nullable LocalDateTime startedAt,
                          @Nullable LocalDateTime endedAt, @Nullable List<Long> officerIds,
                          @Nullable String presentName, @Nullable PresentRole presentRole, @Nullable String subject,
                          @Nullable String content, @Nullable String personName, @Nullable IdKind idKind,
                          @Nullable String idNumber, @Nullable Relation relation, @Nullable List<Answer> answers,
                          @Nullable Boolean signatureRefused, @Nullable String refusalWitness) {

    /** Who was present at an inspection or examination. */
    public enum PresentRole { PARTY, REPRESENTATIVE, WITNESS }

    /** The identity document the person questioned showed. */
    public enum IdKind { RESIDENT_ID, PASSPORT, OTHER }

    /** How the person questioned stands to the party. */
    public enum Relation { PARTY, LEGAL_REPRESENTATIVE, AGENT, EMPLOYEE, WITNESS, OTHER }

    /** One question and its answer, in the order asked. */
    public record Answer(@Nullable String question, @Nullable String answer) {
    }

    /** The same input without the fields its kind does not have (an inquiry has no content, an inspection no ID). */
    public RecordInput forItsKind() {
        boolean inquiry = kind == RecordKind.INQUIRY;
        return new RecordInput(kind, place, startedAt, endedAt, officers(), inquiry ? null : presentName,
                inquiry ? null : presentRole, kind == RecordKind.EXAMINATION || kind == RecordKind.SITE_INSPECTION
                ? subject : null, inquiry ? null : content, inquiry ? personName : null, inquiry ? idKind : null,
                inquiry ? idNumber : null, inquiry ? relation : null, inquiry ? answers : List.of(),
                refusedToSign(), refusedToSign() ? refusalWitness : null);
    }

    /** The party (or the person questioned) refused to sign; not said means signed. */
    public boolean refusedToSign() {
        return Boolean.TRUE.equals(signatureRefused);
    }

    public List<Long> officers() {
        return officerIds == null ? List.of() : officerIds.stream().filter(id -> id != null).distinct().toList();
    }

    /** The pairs the officer wrote, without rows left wholly empty (a page always offers one more). */
    public List<Answer> writtenAnswers() {
        return answers == null ? List.of() : answers.stream().filter(a -> a != null
                && !(blank(a.question()) && blank(a.answer()))).toList();
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
