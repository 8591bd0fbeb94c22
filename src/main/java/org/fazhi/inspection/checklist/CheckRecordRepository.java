package org.fazhi.inspection.checklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fazhi.platform.files.StoredFile;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A task's check records and their photos; a record changes only if nobody changed it since it was read. */
@Repository
class CheckRecordRepository {

    private static final String RECORD_COLUMNS = """
            task_id, check_point_id, item_id, agency_id, position, content, standard, legal_basis, key_point, outcome,
            note, cited, recorded_by, recorded_at, version""";
    private static final String PHOTO_COLUMNS = """
            id, task_id, check_point_id, media_type, size_bytes, sm3, uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;

    CheckRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task's records with their photos, in two queries. */
    List<CheckRecord> ofTask(long taskId) {
        Map<Long, List<CheckPhoto>> photos = jdbc.sql("select " + PHOTO_COLUMNS
                        + " from inspection.check_photo where task_id = ? order by id").param(taskId)
                .query(CheckRecordRepository::photo).list().stream()
                .collect(Collectors.groupingBy(CheckPhoto::checkPointId));
        return jdbc.sql("select " + RECORD_COLUMNS
                        + " from inspection.check_record where task_id = ? order by position")
                .param(taskId).query((rs, row) -> record(rs, photos.getOrDefault(rs.getLong("check_point_id"),
                        List.of()))).list();
    }

    /** Writes a first record of the point; false when someone recorded it meanwhile. */
    boolean insert(CheckRecord record, RegionCode county) {
        return jdbc.sql("""
                insert into inspection.check_record (task_id, check_point_id, region_code, item_id, agency_id, position,
                       content, standard, legal_basis, key_point, outcome, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(record.taskId(), record.checkPointId(), county.value(), record.itemId(), record.agencyId(),
                        record.position(), record.content(), record.standard(), record.legalBasis(),
                        record.keyPoint(), record.outcome().name(), record.note(), record.recordedBy())
                .update() == 1;
    }

    /** Changes the record if its version is still {@code version}; false otherwise. */
    boolean update(long taskId, long checkPointId, CheckOutcome outcome, @Nullable String note, String recordedBy,
                   int version) {
        return jdbc.sql("""
                update inspection.check_record set outcome = ?, note = ?, recorded_by = ?, recorded_at = now(),
                       version = version + 1
                 where task_id = ? and check_point_id = ? and version = ?""")
                .params(outcome.name(), note, recordedBy, taskId, checkPointId, version).update() == 1;
    }

    /** Attaches a stored photo to the point's record. */
    long addPhoto(long taskId, long checkPointId, RegionCode county, StoredFile file) {
        return jdbc.sql("""
                insert into inspection.check_photo (task_id, check_point_id, region_code, media_type, size_bytes, sm3,
                       file_id, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(taskId, checkPointId, county.value(), file.kind().mediaType(), file.sizeBytes(), file.sm3(),
                        file.id(), file.storedBy())
                .query(Long.class).single();
    }

    /** The stored file of a task's photo. */
    Optional<Long> photoFile(long taskId, long photoId) {
        return jdbc.sql("select file_id from inspection.check_photo where task_id = ? and id = ?")
                .params(taskId, photoId).query(Long.class).optional();
    }

    /** Marks the task's 不符合 records as cited by its conclusion. */
    void cite(long taskId) {
        jdbc.sql("update inspection.check_record set cited = true where task_id = ? and outcome = 'NONCONFORMING'")
                .param(taskId).update();
    }

    private static CheckRecord record(ResultSet rs, List<CheckPhoto> photos) throws SQLException {
        return new CheckRecord(rs.getLong("task_id"), rs.getLong("check_point_id"), rs.getLong("item_id"),
                rs.getLong("agency_id"), rs.getInt("position"), rs.getString("content"), rs.getString("standard"),
                rs.getString("legal_basis"), rs.getBoolean("key_point"), CheckOutcome.valueOf(rs.getString("outcome")),
                rs.getString("note"), rs.getBoolean("cited"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"), photos);
    }

    private static CheckPhoto photo(ResultSet rs, int row) throws SQLException {
        return new CheckPhoto(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("check_point_id"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sm3"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
