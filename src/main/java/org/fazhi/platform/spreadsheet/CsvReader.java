package org.fazhi.platform.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a .csv upload record by record with the same checks as an .xlsx upload. Files come from many tools: Excel
 * on a Chinese Windows saves "CSV" in GBK (read here as GB18030, its superset), Excel's "CSV UTF-8" adds a byte
 * order mark, other tools write UTF-8 without one. The encoding is decided from the first 64 KiB; a later byte that
 * does not fit it is reported instead of being silently replaced.
 */
public final class CsvReader implements SheetReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int PREFIX_BYTES = 64 * 1024;
    /** Far above any honest row (Excel allows 32,767 characters per cell), far below a memory problem. */
    private static final int MAX_RECORD_CHARS = 1024 * 1024;

    private final int maxRows;

    /** A reader without a limit on the number of data rows. */
    public CsvReader() {
        this(Integer.MAX_VALUE);
    }

    /** A reader that refuses files with more than {@code maxRows} data rows. */
    public CsvReader(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public void read(InputStream in, SheetLayout layout, Consumer<SheetRow> rows, ImportProblems problems) {
        RowValidator validator = new RowValidator(layout, rows, problems, maxRows, true);
        int number = 0;
        try {
            BufferedInputStream bytes = new BufferedInputStream(in, PREFIX_BYTES);
            Charset charset = detectEncoding(bytes);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CsvRecords records = new CsvRecords(new InputStreamReader(bytes, decoder), MAX_RECORD_CHARS);
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (!validator.row(++number, record)) {
                    return;
                }
            }
            validator.finish();
        } catch (CharacterCodingException e) {
            problems.add(ImportProblem.inFile("import.error.encoding"));
        } catch (CsvRecords.RecordTooLong e) {
            problems.add(ImportProblem.inRow(number + 1, "import.error.record-too-long"));
        } catch (RowValidator.ConsumerFailed e) {
            throw e.original();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    /** UTF-8 when marked so or when the prefix is valid UTF-8, otherwise GB18030. Skips a UTF-8 byte order mark. */
    static Charset detectEncoding(BufferedInputStream in) throws IOException {
        in.mark(PREFIX_BYTES);
        byte[] prefix = in.readNBytes(PREFIX_BYTES);
        in.reset();
        if (prefix.length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB
                && (prefix[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        return isUtf8(prefix, prefix.length < PREFIX_BYTES) ? StandardCharsets.UTF_8 : GB18030;
    }

    /** A character cut in two at the end of a prefix that is not the whole file does not count against it. */
    private static boolean isUtf8(byte[] prefix, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return !decoder.decode(ByteBuffer.wrap(prefix), CharBuffer.allocate(prefix.length), wholeFile).isError();
    }
}
