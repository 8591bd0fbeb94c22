package org.fazhi.platform.spreadsheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits CSV text into records as RFC 4180 describes: fields separated by commas, records by CRLF, LF or CR, a
 * field in double quotes may hold commas, line breaks and doubled quotes. Stray quotes inside an unquoted field are
 * kept as text, as Excel does. A record longer than the limit stops the reading, since an unclosed quote would
 * otherwise pull the rest of the file into one field.
 */
final class CsvRecords {

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int length;

    CsvRecords(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next record's fields, or null at the end of the text. */
    @Nullable List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean fieldStart = true;
        boolean quoted = false;
        for (int chars = 1; c != -1; c = read(), chars++) {
            if (chars > maxChars) {
                throw new RecordTooLong();
            }
            if (quoted) {
                if (c != '"') {
                    field.append((char) c);
                } else if (peek() == '"') {
                    field.append((char) read());
                } else {
                    quoted = false;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                break;
            } else {
                field.append((char) c);
                fieldStart = false;
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        return fill() ? buffer[position] : -1;
    }

    private boolean fill() throws IOException {
        while (position == length) {
            length = in.read(buffer);
            position = 0;
            if (length == -1) {
                length = 0;
                return false;
            }
        }
        return true;
    }

    /** A record grew beyond the limit, most likely after an unclosed quote. */
    static final class RecordTooLong extends RuntimeException {

        RecordTooLong() {
            super(null, null, false, false);
        }
    }
}
