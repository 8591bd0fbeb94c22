package org.fazhi.platform.files;

import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where the test context's store keeps a file, for tests that tamper with it or check it is gone. */
@Component
public class StoredFilesOnDisk {

    private final FileFolder folder;
    private final JdbcClient jdbc;

    StoredFilesOnDisk(FileFolder folder, JdbcClient jdbc) {
        this.folder = folder;
        this.jdbc = jdbc;
    }

    public Path pathOf(long fileId) {
        return folder.resolve(relativePathOf(fileId));
    }

    public String relativePathOf(long fileId) {
        return jdbc.sql("select path from platform.stored_file where id = ?").param(fileId).query(String.class).single();
    }

    /** The files directory's folder of an owner, where its files (and nothing else) are. */
    public Path folderOf(FileOwner owner) {
        return folder.resolve(owner.type() + "/" + owner.region().value() + "/" + owner.id());
    }
}
