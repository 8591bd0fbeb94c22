package org.fazhi.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Fills a whole template: the body, its tables (nested ones too), text boxes, headers and footers. A table row that
 * holds row placeholders ({@code {{物品.名称}}}) is repeated once per row of that table, or kept once with blanks
 * when the table has no rows, so that it can be filled in by hand.
 */
final class TemplateFilling {

    private final TemplateValues fields;

    private TemplateFilling(TemplateValues fields) {
        this.fields = fields;
    }

    static byte[] fill(InputStream template, TemplateValues fields) throws IOException {
        try (XWPFDocument document = new XWPFDocument(template);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TemplateFilling filling = new TemplateFilling(fields);
            Function<String, Optional<String>> values = fields::value;
            filling.body(document.getBodyElements(), values);
            for (XWPFHeaderFooter part : TemplateParts.headersAndFooters(document)) {
                filling.body(part.getBodyElements(), values);
            }
            TemplateParts.textBoxParagraphs(document, paragraph -> ParagraphFilling.fillInPlace(paragraph, values));
            document.write(out);
            return out.toByteArray();
        }
    }

    private void body(List<IBodyElement> elements, Function<String, Optional<String>> values) {
        for (IBodyElement element : List.copyOf(elements)) {
            if (element instanceof XWPFParagraph paragraph) {
                ParagraphFilling.fill(paragraph, values);
            } else if (element instanceof XWPFTable table) {
                table(table, values);
            }
        }
    }

    private void table(XWPFTable table, Function<String, Optional<String>> values) {
        int position = 0;
        for (XWPFTableRow row : List.copyOf(table.getRows())) {
            Optional<String> repeated = TemplateParts.rowTable(row);
            if (repeated.isEmpty()) {
                cells(row, values);
                position++;
                continue;
            }
            List<Map<String, String>> rows = fields.rows(repeated.get());
            for (Map<String, String> rowValues : rows.isEmpty() ? List.of(Map.<String, String>of()) : rows) {
                // Filled while detached, then copied into the table: addRow copies the row's XML.
                XWPFTableRow copy = new XWPFTableRow((CTRow) row.getCtRow().copy(), table);
                cells(copy, name -> Optional.ofNullable(rowValues.get(name)).or(() -> values.apply(name)));
                table.addRow(copy, position++);
            }
            table.removeRow(position);
        }
    }

    private void cells(XWPFTableRow row, Function<String, Optional<String>> values) {
        for (XWPFTableCell cell : row.getTableCells()) {
            body(cell.getBodyElements(), values);
        }
    }
}
