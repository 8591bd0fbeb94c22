package org.fazhi.inspection.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.fazhi.inspection.draw.Directories;
import org.fazhi.platform.PublishedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directories frozen at a plan's publication: their canonical lines, kept compressed exactly as they were
 * hashed, with the digests that are published. What a draw and every later verification read.
 */
@Repository
public class DirectorySnapshots {

    /** Which directory. */
    public enum Kind {
        PARTIES, INSPECTORS, CONFLICTS
    }

    /** A frozen directory's published facts. */
    public record Summary(Kind kind, String digest, int lineCount) {
    }

    private final JdbcClient jdbc;
    private final PublishedContent published;

    DirectorySnapshots(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    /** Freezes one directory of a plan being published (also how the data generator publishes its plans). */
    public void save(long planId, Kind kind, List<String> lines) {
        published.changed("inspection");
        jdbc.sql("""
                insert into inspection.directory_snapshot (plan_id, kind, digest, line_count, content)
                values (?, ?, ?, ?, ?)""")
                .params(planId, kind.name(), Directories.digest(lines), lines.size(), compress(lines)).update();
    }

    public List<Summary> summaries(long planId) {
        return jdbc.sql("select kind, digest, line_count from inspection.directory_snapshot where plan_id = ? order by kind")
                .param(planId).query((rs, row) -> new Summary(Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getInt(3))).list();
    }

    public List<String> lines(long planId, Kind kind) {
        Optional<byte[]> content = jdbc.sql("select content from inspection.directory_snapshot where plan_id = ? and kind = ?")
                .params(planId, kind.name()).query((rs, row) -> rs.getBytes(1)).optional();
        return content.map(DirectorySnapshots::decompress).orElse(List.of());
    }

    private static byte[] compress(List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> decompress(byte[] content) {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(content), 1 << 16), StandardCharsets.UTF_8))) {
            return in.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
