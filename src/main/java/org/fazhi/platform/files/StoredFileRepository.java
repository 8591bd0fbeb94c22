package org.fazhi.platform.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store's records of its files ({@code platform.stored_file}); a row is written once and never changed. */
@Repository
class StoredFileRepository {

    private static final String COLUMNS = """
            id, owner_type, owner_id, region_code, original_name, kind, size_bytes, sm3, stored_at, stored_by, path""";

    /** A file's record and where it is, relative to the files directory. */
    record Row(StoredFile file, String path) {
    }

    private final JdbcClient jdbc;

    StoredFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredFile insert(FileOwner owner, String name, FileKind kind, long size, String sm3, String path,
                      String storedBy) {
        long id = jdbc.sql("""
                insert into platform.stored_file (owner_type, owner_id, region_code, original_name, kind, size_bytes,
                       sm3, path, stored_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(owner.type(), owner.id(), owner.region().value(), name, kind.name(), size, sm3, path, storedBy)
                .query(Long.class).single();
        return find(id).orElseThrow().file();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.stored_file where id = ?").param(id)
                .query(StoredFileRepository::row).optional();
    }

    List<StoredFile> ofOwner(FileOwner owner) {
        return jdbc.sql("select " + COLUMNS + " from platform.stored_file where owner_type = ? and owner_id = ? "
                        + "and region_code = ? order by id").params(owner.type(), owner.id(), owner.region().value())
                .query(StoredFileRepository::row).list().stream().map(Row::file).toList();
    }

    /** The next rows after {@code afterId} in id order, of one owner type or all. */
    List<Row> batchAfter(long afterId, @Nullable String ownerType, int size) {
        return jdbc.sql("select " + COLUMNS + " from platform.stored_file where id > ? "
                        + "and (cast(? as text) is null or owner_type = ?) order by id limit ?")
                .params(afterId, ownerType, ownerType, size).query(StoredFileRepository::row).list();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(new StoredFile(rs.getLong("id"), rs.getString("owner_type"), rs.getString("owner_id"),
                RegionCode.of(rs.getString("region_code")), rs.getString("original_name"),
                FileKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes"), rs.getString("sm3"),
                rs.getTimestamp("stored_at").toInstant(), rs.getString("stored_by")), rs.getString("path"));
    }
}
