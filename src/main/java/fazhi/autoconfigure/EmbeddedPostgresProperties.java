package fazhi.autoconfigure;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the embedded PostgreSQL runs when no external database is configured.
 *
 * @param dataDirectory the cluster's data directory; survives restarts
 * @param port          0 picks a free port at each start
 * @param database      the database Fazhi uses inside the cluster
 * @param cleanOnStop   wipe the data directory when the application stops (tests only)
 * @param sharedBuffers PostgreSQL's {@code shared_buffers}: its default (128MB) holds a county; a province's data
 *                      on one machine wants about a quarter of its memory (e.g. 4GB)
 */
@ConfigurationProperties("fazhi.embedded-db")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("fazhi") String database,
        @DefaultValue("false") boolean cleanOnStop,
        @DefaultValue("128MB") String sharedBuffers) {
}
