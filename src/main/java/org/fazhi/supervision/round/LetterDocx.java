package org.fazhi.supervision.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a {@link Letter} as a .docx laid out as an official document (党政机关公文格式, GB/T 9704): A4 with its
 * margins, the heading in 方正小标宋简体 二号, the body in 仿宋_GB2312 三号 with two-character indents, numbers
 * and signature right-aligned. The fonts are named, not embedded: the county's machines have them.
 */
final class LetterDocx {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final int TITLE_SIZE = 22;
    private static final int BODY_SIZE = 16;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private LetterDocx() {
    }

    static byte[] write(Letter letter) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            line(document, letter.issuer(), TITLE_FONT, TITLE_SIZE, ParagraphAlignment.CENTER, false);
            line(document, letter.title(), TITLE_FONT, TITLE_SIZE, ParagraphAlignment.CENTER, false);
            line(document, letter.number(), BODY_FONT, BODY_SIZE, ParagraphAlignment.RIGHT, false);
            line(document, letter.addressee(), BODY_FONT, BODY_SIZE, ParagraphAlignment.LEFT, false);
            letter.opening().forEach(text -> line(document, text, BODY_FONT, BODY_SIZE, ParagraphAlignment.BOTH, true));
            for (int i = 0; i < letter.problems().size(); i++) {
                line(document, numeral(i) + "、" + letter.problems().get(i), BODY_FONT, BODY_SIZE,
                        ParagraphAlignment.BOTH, true);
            }
            letter.closing().forEach(text -> line(document, text, BODY_FONT, BODY_SIZE, ParagraphAlignment.BOTH, true));
            line(document, "", BODY_FONT, BODY_SIZE, ParagraphAlignment.LEFT, false);
            line(document, letter.issuer(), BODY_FONT, BODY_SIZE, ParagraphAlignment.RIGHT, false);
            line(document, letter.signedOn(), BODY_FONT, BODY_SIZE, ParagraphAlignment.RIGHT, false);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a supervision document", e);
        }
    }

    /** 一, 二, … 十, 十一, … 二十一: the numbering of the problems. */
    static String numeral(int index) {
        int n = index + 1;
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens - 1]) + "十" + (units == 0 ? "" : NUMERALS[units - 1]);
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
    }

    private static void line(XWPFDocument document, String text, String font, int size, ParagraphAlignment align,
                             boolean indent) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(align);
        if (indent) {
            paragraph.setFirstLineIndent(size * 20 * 2);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setFontFamily(font);
        run.setFontFamily(font, FontCharRange.eastAsia);
        run.setLang("zh-CN");
    }
}
