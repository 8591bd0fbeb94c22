package org.fazhi.entities.generation;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * A CSV file that is never written anywhere: the header, then rows made on demand as the reader asks for bytes.
 * Lets the generator feed millions of parties through the real import without holding them in memory or on disk.
 */
final class GeneratedCsv extends InputStream {

    private final Supplier<List<String>> rows;
    private long remaining;
    private byte[] current;
    private int position;

    GeneratedCsv(List<String> header, Supplier<List<String>> rows, long count) {
        this.rows = rows;
        this.remaining = count;
        this.current = line(header);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (position == current.length) {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            current = line(rows.get());
            position = 0;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, target, offset, count);
        position += count;
        return count;
    }

    private static byte[] line(List<String> values) {
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values.get(i);
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
