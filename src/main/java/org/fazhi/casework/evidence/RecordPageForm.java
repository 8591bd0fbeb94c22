package org.fazhi.casework.evidence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A 笔录 as the page's form posts it: the questions and answers as two repeated fields, in order; the request key
 * and the case version the officer saw.
 */
record RecordPageForm(@Nullable RecordKind kind, @Nullable String place, @Nullable LocalDateTime startedAt,
                      @Nullable LocalDateTime endedAt, @Nullable List<Long> officerIds, @Nullable String presentName,
                      RecordInput.@Nullable PresentRole presentRole, @Nullable String subject,
                      @Nullable String content, @Nullable String personName, RecordInput.@Nullable IdKind idKind,
                      @Nullable String idNumber, RecordInput.@Nullable Relation relation,
                      @Nullable List<String> questions, @Nullable List<String> answers,
                      @Nullable Boolean signatureRefused, @Nullable String refusalWitness,
                      @Nullable String requestKey, @Nullable Integer version) {

    static RecordPageForm blank(RecordKind kind, List<Long> officerIds, String requestKey, int version) {
        return new RecordPageForm(kind, null, null, null, officerIds, null, null, null, null, null, null, null, null,
                List.of(""), List.of(""), false, null, requestKey, version);
    }

    RecordInput input() {
        return new RecordInput(kind, place, startedAt, endedAt, officerIds, presentName, presentRole, subject, content,
                personName, idKind, idNumber, relation, pairs(), signatureRefused,
                refusalWitness);
    }

    /** The questions and answers as pairs, a missing half as empty. */
    List<RecordInput.Answer> pairs() {
        List<String> q = questions == null ? List.of() : questions;
        List<String> a = answers == null ? List.of() : answers;
        List<RecordInput.Answer> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(q.size(), a.size()); i++) {
            pairs.add(new RecordInput.Answer(i < q.size() ? q.get(i) : "", i < a.size() ? a.get(i) : ""));
        }
        return pairs;
    }

    /** The same form with one more empty question (the page's "add a question"), or the same version. */
    RecordPageForm withOneMoreQuestion() {
        List<String> q = new ArrayList<>(questions == null ? List.of() : questions);
        List<String> a = new ArrayList<>(answers == null ? List.of() : answers);
        while (a.size() < q.size()) {
            a.add("");
        }
        while (q.size() < a.size()) {
            q.add("");
        }
        q.add("");
        a.add("");
        return new RecordPageForm(kind, place, startedAt, endedAt, officerIds, presentName, presentRole, subject,
                content, personName, idKind, idNumber, relation, q, a, signatureRefused, refusalWitness, requestKey,
                version);
    }

    RecordPageForm atVersion(int current) {
        return new RecordPageForm(kind, place, startedAt, endedAt, officerIds, presentName, presentRole, subject,
                content, personName, idKind, idNumber, relation, questions, answers, signatureRefused, refusalWitness,
                requestKey, current);
    }
}
