package org.fazhi.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx upload with POI's event API: the sheet's XML is parsed as a stream and each row
 * is checked and handed on before the next is read, so memory does not grow with the number of rows. The upload is
 * first copied to a temporary file because POI would otherwise unpack the whole package into memory; the copy is
 * deleted afterwards. Shared strings (the distinct texts of the workbook) are held in memory, as POI requires.
 */
public final class XlsxReader implements SheetReader {

    private final int maxRows;

    /** A reader without a limit on the number of data rows. */
    public XlsxReader() {
        this(Integer.MAX_VALUE);
    }

    /** A reader that refuses files with more than {@code maxRows} data rows. */
    public XlsxReader(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public void read(InputStream in, SheetLayout layout, Consumer<SheetRow> rows, ImportProblems problems) {
        RowValidator validator = new RowValidator(layout, rows, problems, maxRows, false);
        Path copy = copyToTemporaryFile(in);
        try {
            if (readFirstSheet(copy, layout.columns().size(), validator)) {
                validator.finish();
            }
        } catch (NotAWorkbook e) {
            problems.add(ImportProblem.inFile("import.error.not-xlsx"));
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                copy.toFile().deleteOnExit();
            }
        }
    }

    /** Answers false when the validator stopped reading early. */
    private static boolean readFirstSheet(Path file, int width, RowValidator validator) {
        OPCPackage workbook = open(file);
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return true;
            }
            XMLReader parser = XMLHelper.newXMLReader();
            try (DiskSharedStrings strings = sharedStrings(reader, file.getParent());
                 InputStream sheet = sheets.next()) {
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new Rows(width, validator), new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            }
            return true;
        } catch (Exception e) {
            return judge(e);
        } finally {
            workbook.revert();
        }
    }

    /** The workbook's shared strings, on disk beside the upload's copy; an empty table when it has none. */
    private static DiskSharedStrings sharedStrings(XSSFReader reader, Path directory) throws IOException {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (Exception noSharedStrings) {
            return DiskSharedStrings.none(directory);
        }
        if (data == null) {
            return DiskSharedStrings.none(directory);
        }
        try (InputStream in = data) {
            return new DiskSharedStrings(in, directory);
        }
    }

    /**
     * Opens the copy as a zip file, read in place. {@code OPCPackage.open(File)} would, on a zip it cannot read
     * that way, fall back to unpacking every entry into memory; such a file is refused here instead.
     */
    private static OPCPackage open(Path file) {
        ZipSecureFile zip = null;
        try {
            zip = new ZipSecureFile(file.toFile());
            return OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (Exception notAZipOrNotOfficeXml) {
            closeQuietly(zip);
            throw new NotAWorkbook();
        }
    }

    private static void closeQuietly(@Nullable ZipSecureFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the file is deleted next; a failed close changes nothing for the user
            }
        }
    }

    /** Tells the reader's own stop and the caller's failure apart from a damaged file. */
    private static boolean judge(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StopReading) {
                return false;
            }
            if (cause instanceof RowValidator.ConsumerFailed consumerFailed) {
                throw consumerFailed.original();
            }
        }
        throw new NotAWorkbook();
    }

    private static Path copyToTemporaryFile(InputStream in) {
        try {
            Path copy = Files.createTempFile("fazhi-import-", ".xlsx");
            try {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return copy;
            } catch (IOException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the uploaded file", e);
        }
    }

    /** Collects one row's cells by column and passes the row on when it ends. */
    private static final class Rows implements SheetContentsHandler {

        private final @Nullable String[] cells;
        private final RowValidator validator;
        private int lastColumn;

        Rows(int width, RowValidator validator) {
            this.cells = new String[width];
            this.validator = validator;
        }

        @Override
        public void startRow(int rowIndex) {
            Arrays.fill(cells, null);
            lastColumn = -1;
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            lastColumn = reference == null ? lastColumn + 1 : columnIndex(reference);
            if (lastColumn >= 0 && lastColumn < cells.length) {
                cells[lastColumn] = value;
            }
        }

        @Override
        public void endRow(int rowIndex) {
            if (!validator.row(rowIndex + 1, Arrays.asList(cells))) {
                throw new StopReading();
            }
        }

        /** {@code C7} → 2. */
        private static int columnIndex(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }

    private static final class StopReading extends RuntimeException {

        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class NotAWorkbook extends RuntimeException {

        NotAWorkbook() {
            super(null, null, false, false);
        }
    }
}
