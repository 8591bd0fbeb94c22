package org.fazhi.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The official layout of enforcement documents (GB/T 9704 style) as the shipped templates are written: A4, margins
 * 37/35/28/26 mm, 方正小标宋简体 二号 for the agency line and the title, 仿宋_GB2312 三号 at a fixed 28 pt line for
 * the text, the number right-aligned under the title, the agency and date at the end with room for the seal, page
 * numbers in the footer. The font names are kept as they are (the county's machines have them); the East Asian
 * range and the language zh-CN are set on every run.
 */
public final class OfficialLayout {

    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    /** A4 width less the left and right margins, in twentieths of a point. */
    public static final int TEXT_WIDTH = 11906 - 1587 - 1474;
    private static final int TITLE_SIZE = 22;
    private static final int BODY_SIZE = 16;
    private static final int PAGE_NUMBER_SIZE = 14;
    /** 小四 in tables, so that a form fits one page. */
    private static final int FORM_SIZE = 12;
    /** Two characters of body text: the first-line indent of a paragraph. */
    private static final int INDENT = 2 * BODY_SIZE * 20;

    private final XWPFDocument document = new XWPFDocument();

    public OfficialLayout(String title) {
        page();
        defaults();
        pageNumbers();
        document.getProperties().getCoreProperties().setTitle(title);
        centred("{{机关名称}}", TITLE_FONT, TITLE_SIZE);
        centred(title, TITLE_FONT, TITLE_SIZE);
        XWPFParagraph number = paragraph(ParagraphAlignment.RIGHT, 0);
        run(number, "{{文书编号}}", BODY_FONT, BODY_SIZE);
    }

    /** A line at the left margin: the addressee, or a field of the party (当事人：…). */
    public OfficialLayout line(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 0), text, BODY_FONT, BODY_SIZE);
        return this;
    }

    /** A paragraph of text, its first line indented by two characters. */
    public OfficialLayout text(String text) {
        run(paragraph(ParagraphAlignment.BOTH, INDENT), text, BODY_FONT, BODY_SIZE);
        return this;
    }

    /**
     * The agency and the date at the end, with the place for the seal between them: centred on one another in the
     * right half of the page, two characters from the right margin.
     */
    public OfficialLayout signature() {
        paragraph(ParagraphAlignment.LEFT, 0);
        for (String line : new String[] {"{{机关名称}}", "（印章）", "{{日期}}"}) {
            XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER, 0);
            paragraph.setIndentationLeft(TEXT_WIDTH / 2);
            paragraph.setIndentationRight(INDENT);
            run(paragraph, line, BODY_FONT, BODY_SIZE);
        }
        return this;
    }

    /**
     * A form table of four columns (label, value, label, value). A row of two cells spans its value over three
     * columns; {@code height} (twips, at least) makes room to write; a row of {@link #opinion} cells holds an
     * opinion with a line to sign and date under it.
     */
    public OfficialLayout form(Row... rows) {
        return table(new int[] {1900, 2523, 1900, 2522}, true, rows);
    }

    /** A table of equal columns, e.g. a header row and a row that repeats per item. */
    public OfficialLayout grid(int[] widths, Row... rows) {
        return table(widths, false, rows);
    }

    public static Row row(String... cells) {
        return new Row(0, cells);
    }

    public static Row tall(int height, String... cells) {
        return new Row(height, cells);
    }

    /** A row holding an opinion: the label, the opinion, and a line to sign and date. */
    public static Row opinion(String label, String placeholder) {
        return new Row(1300, label, placeholder, Row.SIGNED);
    }

    public byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private OfficialLayout table(int[] widths, boolean form, Row... rows) {
        XWPFTable table = document.createTable(1, 1);
        CTTblPr tableProperties = table.getCTTbl().getTblPr();
        CTTblWidth tableWidth = tableProperties.isSetTblW() ? tableProperties.getTblW() : tableProperties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = table.insertNewTableRow(r + 1);
            rows[r].fill(row, widths, form);
        }
        table.removeRow(0);
        paragraph(ParagraphAlignment.LEFT, 0);
        return this;
    }

    private void centred(String text, String font, int size) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER, 0);
        paragraph.setSpacingBetween(size * 1.6, LineSpacingRule.EXACT);
        run(paragraph, text, font, size);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLineIndent) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
        if (firstLineIndent > 0) {
            paragraph.setIndentationFirstLine(firstLineIndent);
        }
        return paragraph;
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size) {
        XWPFRun run = paragraph.createRun();
        for (FontCharRange range : FontCharRange.values()) {
            run.setFontFamily(font, range);
        }
        run.setFontSize(size);
        CTLanguage language = run.getCTR().getRPr().addNewLang();
        language.setVal("zh-CN");
        language.setEastAsia("zh-CN");
        if (!text.isEmpty()) {
            run.setText(text);
        }
        return run;
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    private void defaults() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(BODY_FONT);
        fonts.setHAnsi(BODY_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setCs(BODY_FONT);
        document.createStyles().setDefaultFonts(fonts);
        document.getStyles().setEastAsia("zh-CN");
        document.getStyles().setSpellingLanguage("zh-CN");
    }

    /** "— 1 —" centred in the footer: the page number as a field, so Word and LibreOffice count the pages. */
    private void pageNumbers() {
        XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        run(footer, "— ", BODY_FONT, PAGE_NUMBER_SIZE);
        CTSimpleField page = footer.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1");
        run(footer, " —", BODY_FONT, PAGE_NUMBER_SIZE);
    }

    /** A table row: its cells' texts, and a minimum height (0: as the text needs). */
    public record Row(int height, String... cells) {

        static final String SIGNED = "签名：　　　　　　　　年　　月　　日";
        /** Room for a line of handwriting. */
        private static final int MINIMUM_HEIGHT = 560;

        void fill(XWPFTableRow row, int[] widths, boolean form) {
            row.setHeight(Math.max(height, MINIMUM_HEIGHT));
            row.setHeightRule(TableRowHeightRule.AT_LEAST);
            boolean signed = cells.length == 3 && SIGNED.equals(cells[2]);
            int texts = signed ? 2 : cells.length;
            int column = 0;
            for (int c = 0; c < texts; c++) {
                int span = c == texts - 1 ? widths.length - column : 1;
                int width = 0;
                for (int w = column; w < column + span; w++) {
                    width += widths[w];
                }
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                properties.addNewTcW().setType(STTblWidth.DXA);
                properties.getTcW().setW(BigInteger.valueOf(width));
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                boolean centred = !form || c % 2 == 0 && texts > 1;
                XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                first.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(first, cells[c], BODY_FONT, FORM_SIZE);
                if (signed && c == 1) {
                    XWPFParagraph sign = cell.addParagraph();
                    sign.setAlignment(ParagraphAlignment.RIGHT);
                    run(sign, SIGNED, BODY_FONT, FORM_SIZE);
                }
                column += span;
            }
        }
    }
}
