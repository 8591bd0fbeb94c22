package org.fazhi.casework.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFile;
import org.fazhi.platform.files.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which stored files are which pieces of a case's evidence ({@code casework.evidence_file}). */
@Repository
class EvidenceFileRepository {

    private record Row(long id, long caseId, long evidenceId, EvidenceKind kind, String title, String description,
                       long storedFileId, String recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final StoredFiles files;

    EvidenceFileRepository(JdbcClient jdbc, StoredFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    void insert(long caseId, long evidenceId, StoredFile file, String requestKey, String recordedBy, Instant at) {
        jdbc.sql("""
                insert into casework.evidence_file (case_id, evidence_id, stored_file_id, request_key, recorded_by,
                       recorded_at) values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, evidenceId, file.id(), requestKey, recordedBy, Timestamp.from(at)).update();
    }

    /** The case's evidence files, oldest first, with their stored files (all of the case's owner folder). */
    List<EvidenceFile> ofCase(long caseId, FileOwner owner) {
        Map<Long, StoredFile> stored = files.ofOwner(owner).stream()
                .collect(Collectors.toMap(StoredFile::id, Function.identity()));
        return rows(caseId).stream().filter(row -> stored.containsKey(row.storedFileId()))
                .map(row -> file(row, stored.get(row.storedFileId()))).toList();
    }

    Optional<Long> storedFileOf(long caseId, long id) {
        return jdbc.sql("select stored_file_id from casework.evidence_file where case_id = ? and id = ?")
                .params(caseId, id).query(Long.class).optional();
    }

    Optional<Long> byRequestKey(long caseId, String requestKey) {
        return jdbc.sql("select id from casework.evidence_file where case_id = ? and request_key = ?")
                .params(caseId, requestKey).query(Long.class).optional();
    }

    private List<Row> rows(long caseId) {
        return jdbc.sql("""
                select f.id, f.case_id, f.evidence_id, e.kind, e.title, e.description, f.stored_file_id,
                       f.recorded_by, f.recorded_at
                  from casework.evidence_file f join casework.evidence e on e.id = f.evidence_id
                 where f.case_id = ? order by f.id""").param(caseId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("evidence_id"),
                        EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("description"), rs.getLong("stored_file_id"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant())).list();
    }

    private static EvidenceFile file(Row row, StoredFile stored) {
        return new EvidenceFile(row.id(), row.caseId(), row.evidenceId(), row.kind(), row.title(), row.description(),
                stored, row.recordedBy(), row.recordedAt());
    }
}
