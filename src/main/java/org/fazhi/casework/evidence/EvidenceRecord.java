package org.fazhi.casework.evidence;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A 笔录 as kept: the piece of evidence it is, where and when it was written, the officers present with the
 * certificate numbers shown, whoever else was present, what was found or said, and whether the party refused to
 * sign (with the witness). The ID number of the person questioned is kept encrypted; only its masked form is read.
 */
public record EvidenceRecord(long id, long caseId, long evidenceId, RecordKind kind, String place, Instant startedAt,
                             Instant endedAt, List<PresentOfficer> officers, @Nullable String presentName,
                             RecordInput.@Nullable PresentRole presentRole, @Nullable String subject,
                             @Nullable String content, @Nullable String personName,
                             RecordInput.@Nullable IdKind idKind, @Nullable String idNumberMasked,
                             RecordInput.@Nullable Relation relation, List<Answer> answers, boolean signatureRefused,
                             @Nullable String refusalWitness, String recordedBy, Instant recordedAt) {

    public EvidenceRecord {
        officers = List.copyOf(officers);
        answers = List.copyOf(answers);
    }

    /** An officer present, as the record shows him or her: name and enforcement certificate number (执法证号). */
    public record PresentOfficer(long officerId, String name, String certificateNumber) {
    }

    public record Answer(String question, String answer) {
    }
}
