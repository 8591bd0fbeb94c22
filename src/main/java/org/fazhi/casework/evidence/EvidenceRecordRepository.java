package org.fazhi.casework.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 笔录 ({@code casework.evidence_record}, their answers) and the evidence rows they and the files are. */
@Repository
class EvidenceRecordRepository {

    /** A record to write: the checked input, the officers as shown, the ID number encrypted and masked. */
    record NewRecord(long caseId, long evidenceId, RegionCode county, String requestKey, RecordInput input,
                     List<EvidenceRecord.PresentOfficer> officers, Instant startedAt, Instant endedAt,
                     @Nullable String idNumberCipher, @Nullable String idNumberMasked, String recordedBy,
                     Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    EvidenceRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The piece of evidence (行政处罚法第四十六条) a record or a file is; its id. */
    long insertEvidence(long caseId, Evidence evidence, Instant at) {
        return jdbc.sql("""
                insert into casework.evidence (case_id, kind, title, description, collected_on, recorded_by,
                       recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, evidence.kind().name(), evidence.title(), evidence.description(),
                        evidence.collectedOn(), evidence.recordedBy(), Timestamp.from(at)).query(Long.class).single();
    }

    long insert(NewRecord record) {
        RecordInput in = record.input();
        long id = jdbc.sql("""
                insert into casework.evidence_record (case_id, evidence_id, region_code, request_key, kind, place,
                       started_at, ended_at, officer_ids, officer_names, certificate_numbers, present_name,
                       present_role, subject, content, person_name, id_kind, id_number_cipher, id_number_masked,
                       relation, signature_refused, refusal_witness, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(record.caseId(), record.evidenceId(), record.county().value(), record.requestKey(),
                        name(in.kind()), in.place().strip(), Timestamp.from(record.startedAt()),
                        Timestamp.from(record.endedAt()),
                        record.officers().stream().map(EvidenceRecord.PresentOfficer::officerId).toArray(Long[]::new),
                        record.officers().stream().map(EvidenceRecord.PresentOfficer::name).toArray(String[]::new),
                        record.officers().stream().map(EvidenceRecord.PresentOfficer::certificateNumber)
                                .toArray(String[]::new),
                        stripped(in.presentName()), name(in.presentRole()), stripped(in.subject()),
                        stripped(in.content()), stripped(in.personName()), name(in.idKind()), record.idNumberCipher(),
                        record.idNumberMasked(), name(in.relation()), in.refusedToSign(),
                        in.refusedToSign() ? stripped(in.refusalWitness()) : null, record.recordedBy(),
                        Timestamp.from(record.recordedAt()))
                .query(Long.class).single();
        List<RecordInput.Answer> answers = in.kind() == RecordKind.INQUIRY ? in.writtenAnswers() : List.of();
        for (int i = 0; i < answers.size(); i++) {
            jdbc.sql("insert into casework.evidence_answer (record_id, position, question, answer) values (?, ?, ?, ?)")
                    .params(id, i, answers.get(i).question().strip(), answers.get(i).answer().strip()).update();
        }
        return id;
    }

    List<EvidenceRecord> ofCase(long caseId) {
        return jdbc.sql("select * from casework.evidence_record where case_id = ? order by id").param(caseId)
                .query(this::record).list();
    }

    Optional<EvidenceRecord> find(long caseId, long id) {
        return jdbc.sql("select * from casework.evidence_record where case_id = ? and id = ?").params(caseId, id)
                .query(this::record).optional();
    }

    Optional<Long> byRequestKey(long caseId, String requestKey) {
        return jdbc.sql("select id from casework.evidence_record where case_id = ? and request_key = ?")
                .params(caseId, requestKey).query(Long.class).optional();
    }

    private EvidenceRecord record(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Long> officerIds = Arrays.asList((Long[]) rs.getArray("officer_ids").getArray());
        String[] names = (String[]) rs.getArray("officer_names").getArray();
        String[] certificates = (String[]) rs.getArray("certificate_numbers").getArray();
        List<EvidenceRecord.PresentOfficer> officers = java.util.stream.IntStream.range(0, officerIds.size())
                .mapToObj(i -> new EvidenceRecord.PresentOfficer(officerIds.get(i), names[i], certificates[i]))
                .toList();
        List<EvidenceRecord.Answer> answers = jdbc.sql("""
                select question, answer from casework.evidence_answer where record_id = ? order by position""")
                .param(id).query((a, n) -> new EvidenceRecord.Answer(a.getString("question"), a.getString("answer")))
                .list();
        return new EvidenceRecord(id, rs.getLong("case_id"), rs.getLong("evidence_id"),
                RecordKind.valueOf(rs.getString("kind")), rs.getString("place"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant(), officers,
                rs.getString("present_name"), value(RecordInput.PresentRole.class, rs.getString("present_role")),
                rs.getString("subject"), rs.getString("content"), rs.getString("person_name"),
                value(RecordInput.IdKind.class, rs.getString("id_kind")), rs.getString("id_number_masked"),
                value(RecordInput.Relation.class, rs.getString("relation")), answers,
                rs.getBoolean("signature_refused"), rs.getString("refusal_witness"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
