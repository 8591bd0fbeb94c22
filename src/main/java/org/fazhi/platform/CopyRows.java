package org.fazhi.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL's COPY (text format), 64 KiB at a time: tens of thousands of rows a
 * second where row-by-row inserts would take minutes. Values: null, text, numbers, booleans, dates, times (written
 * in Beijing time) and collections (written as PostgreSQL arrays).
 */
public final class CopyRows implements AutoCloseable {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final int BUFFER = 64 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssXXX");

    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(BUFFER + 4096);
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    public CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    public void row(@Nullable Object... values) throws SQLException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            if (values[i] == null) {
                line.append("\\N");
            } else {
                escape(text(values[i]));
            }
        }
        line.append('\n');
        buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        rows++;
        if (buffer.size() >= BUFFER) {
            flush();
        }
    }

    public long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return TIME.format(time);
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant.atOffset(BEIJING));
        }
        if (value instanceof Boolean flag) {
            return flag ? "t" : "f";
        }
        return value instanceof Collection<?> values ? array(values) : value.toString();
    }

    /** {1,2} for numbers, {"a","b"} for text, quoted so that commas and braces inside stay text. */
    private static String array(Collection<?> values) {
        StringBuilder array = new StringBuilder("{");
        for (Object value : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            if (value instanceof Number) {
                array.append(value);
            } else {
                array.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return array.append('}').toString();
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
