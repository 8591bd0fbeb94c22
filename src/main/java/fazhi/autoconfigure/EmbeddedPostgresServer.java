package fazhi.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL cluster with the durability settings business data needs, after stopping a
 * postmaster orphaned by a killed JVM (it keeps {@code postmaster.pid} and would block the start).
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgresProperties properties;

    EmbeddedPostgresServer(EmbeddedPostgresProperties properties) {
        this.properties = properties;
    }

    EmbeddedPostgres start() throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        stopOrphanedPostmaster(dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setOverrideWorkingDirectory(dataDirectory.resolveSibling("postgres-runtime").toFile())
                .setCleanDataDirectory(properties.cleanOnStop())
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky's defaults favour test speed; business data needs every commit on disk.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", properties.sharedBuffers())
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("locale", "C")
                .start();
    }

    /** A postmaster left behind by a killed JVM still holds the data directory; stop it if it really is ours. */
    static void stopOrphanedPostmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(process -> isPostgresOf(process, dataDirectory));
        if (postmaster.isEmpty()) {
            return;
        }
        log.warn("发现上次未正常关闭的 PostgreSQL 进程 {}，正在停止", postmaster.get().pid());
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("无法停止残留的 PostgreSQL 进程 " + postmaster.get().pid(), e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        String command = process.info().commandLine().orElse("");
        return command.contains("postgres") && command.contains(dataDirectory.toString());
    }
}
