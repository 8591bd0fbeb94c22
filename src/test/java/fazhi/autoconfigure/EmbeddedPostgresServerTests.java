package fazhi.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server keeps its data across restarts, runs durably, and recovers from a killed JVM. */
class EmbeddedPostgresServerTests {

    @TempDir
    Path directory;

    private EmbeddedPostgres start() throws Exception {
        return start("128MB");
    }

    private EmbeddedPostgres start(String sharedBuffers) throws Exception {
        return new EmbeddedPostgresServer(new EmbeddedPostgresProperties(directory.resolve("postgres"), 0, "fazhi",
                false, sharedBuffers)).start();
    }

    @Test
    void aSecondStartReusesTheDataAndDurabilityIsOn() throws Exception {
        try (EmbeddedPostgres first = start(); Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (value text)");
            statement.execute("insert into kept values ('郏县')");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
        }
        try (EmbeddedPostgres second = start(); Connection connection = second.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("郏县");
        }
        assertThat(Files.exists(directory.resolve("postgres/postmaster.pid"))).isFalse();
    }

    @Test
    void sharedBuffersAreSetFromTheProperty() throws Exception {
        try (EmbeddedPostgres server = start("48MB"); Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "shared_buffers")).isEqualTo("48MB");
        }
    }

    @Test
    void aPostmasterLeftByAKilledJvmIsStoppedBeforeTheNextStart() throws Exception {
        EmbeddedPostgres orphan = start();
        long postmaster = Long.parseLong(Files.readAllLines(directory.resolve("postgres/postmaster.pid")).get(0).strip());
        EmbeddedPostgresServer.stopOrphanedPostmaster(directory.resolve("postgres").toAbsolutePath().normalize());
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        orphan.close();
        try (EmbeddedPostgres again = start(); Connection connection = again.getPostgresDatabase().getConnection()) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
