package org.fazhi.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx of any size the way spreadsheet programs do — every text in the shared-strings table, cells
 * referring to it by index — streaming both parts through temporary files, so a million-row workbook needs no heap.
 * Short values (labels, grades) are shared like Excel shares them; the rest appear once each.
 */
final class LargeWorkbook {

    private LargeWorkbook() {
    }

    static void fromCsv(InputStream csv, Path target) throws IOException {
        Path sheet = Files.createTempFile(target.getParent(), "sheet", ".xml");
        Path strings = Files.createTempFile(target.getParent(), "sst", ".xml");
        Map<String, Integer> shared = new HashMap<>();
        int count = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
             Writer cells = Files.newBufferedWriter(sheet); Writer texts = Files.newBufferedWriter(strings)) {
            cells.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            String line;
            int row = 0;
            while ((line = lines.readLine()) != null) {
                row++;
                cells.write("<row r=\"" + row + "\">");
                String[] values = line.split(",", -1);
                for (int c = 0; c < values.length; c++) {
                    if (values[c].isEmpty()) {
                        continue;
                    }
                    Integer index = values[c].length() <= 4 ? shared.get(values[c]) : null;
                    if (index == null) {
                        index = count++;
                        texts.write("<si><t>" + escape(values[c]) + "</t></si>");
                        if (values[c].length() <= 4) {
                            shared.put(values[c], index);
                        }
                    }
                    cells.write("<c r=\"" + (char) ('A' + c) + row + "\" t=\"s\"><v>" + index + "</v></c>");
                }
                cells.write("</row>");
            }
            cells.write("</sheetData></worksheet>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"行政相对人\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"1\"><xf/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Files.copy(sheet, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" count=\"" + count + "\" uniqueCount=\"" + count + "\">").getBytes(StandardCharsets.UTF_8));
            Files.copy(strings, zip);
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } finally {
            Files.deleteIfExists(sheet);
            Files.deleteIfExists(strings);
        }
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
