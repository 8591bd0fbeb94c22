package org.fazhi.disclosure.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sets a published decision on A4 pages as the document reads (GB/T 9704's margins, rounded: 37 mm top, 35 mm
 * bottom, 28 mm left, 26 mm right): the title, the number, for a withdrawn one the notice 已撤回 with the day and the
 * reason, the redacted text in paragraphs indented two characters, then the agency and the day of the decision.
 * The font's glyphs the text uses are embedded as a subset, so the PDF reads the same on any machine; a character
 * the font lacks prints as □ rather than failing the page.
 */
@Component
class DecisionPdf {

    private static final float MM = 72f / 25.4f;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = 26 * MM;
    private static final float TITLE_SIZE = 22;
    private static final float BODY_SIZE = 14;
    private static final float LEADING = 1.7f;
    private static final String NO_LINE_START = "，。；：、？！）》」』”’…%";

    private final PdfProperties properties;

    DecisionPdf(PdfProperties properties) {
        this.properties = properties;
    }

    byte[] render(PublishedDecision decision) {
        try (PDDocument document = new PDDocument(); LoadedFont loaded = loadFont()) {
            PDType0Font font = PDType0Font.load(document, loaded.font(), true);
            Writer writer = new Writer(document, font);
            writer.centred(decision.agencyName(), TITLE_SIZE);
            writer.centred(decision.title(), TITLE_SIZE);
            writer.centred(decision.decisionNumber(), BODY_SIZE);
            writer.gap(BODY_SIZE);
            if (decision.withdrawn()) {
                writer.centred("已撤回", TITLE_SIZE, 0.75f, 0.1f, 0.1f);
                writer.paragraph("本决定的公示已于" + day(decision.withdrawnOn()) + "撤回。撤回理由："
                        + decision.withdrawalReason(), 0.75f, 0.1f, 0.1f);
                writer.gap(BODY_SIZE);
            }
            for (String paragraph : decision.paragraphs()) {
                writer.paragraph(paragraph, 0, 0, 0);
            }
            writer.gap(BODY_SIZE * 2);
            writer.rightAligned(decision.agencyName());
            writer.rightAligned(day(decision.decidedOn()));
            writer.close();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(decision.title() + " " + decision.decisionNumber());
            info.setAuthor(decision.agencyName());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF of publication " + decision.id(), e);
        }
    }

    /** The configured font, or a clear failure naming the file and the key to set. */
    LoadedFont loadFont() throws IOException {
        if (!Files.isReadable(properties.font())) {
            throw new IllegalStateException("公示文书 PDF 的字体文件不存在或不可读：" + properties.font()
                    + "（安装 fonts-arphic-ukai，或以 fazhi.disclosure.pdf.font 指定 TrueType 字体文件）");
        }
        String name = properties.font().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".ttc")) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(properties.font().toFile()));
            return new LoadedFont(trueType(font), null);
        }
        TrueTypeCollection collection = new TrueTypeCollection(properties.font().toFile());
        TrueTypeFont face = collection.getFontByName(properties.fontFace());
        if (face == null) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(each -> first.compareAndSet(null, each));
            face = first.get();
        }
        if (face == null) {
            collection.close();
            throw new IllegalStateException("字体集合中没有字体：" + properties.font());
        }
        return new LoadedFont(trueType(face), collection);
    }

    private TrueTypeFont trueType(TrueTypeFont font) {
        if (font instanceof OpenTypeFont open && open.isPostScript()) {
            throw new IllegalStateException("公示文书 PDF 需要 TrueType 轮廓的字体（CFF 轮廓无法嵌入子集）："
                    + properties.font() + "；请以 fazhi.disclosure.pdf.font 指定，如 AR PL UKai（ukai.ttc）");
        }
        return font;
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** A font and, for a face of a collection, the collection it must stay open with until the PDF is saved. */
    record LoadedFont(TrueTypeFont font, @Nullable TrueTypeCollection collection) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            } else {
                font.close();
            }
        }
    }

    /** Lines down the page, a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType0Font font;
        private final Map<Integer, String> printable = new HashMap<>();
        private final Map<Integer, Float> advances = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;
        private @Nullable PDPageContentStream page;
        private float y;

        Writer(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void centred(String text, float size) throws IOException {
            centred(text, size, 0, 0, 0);
        }

        void centred(String text, float size, float r, float g, float b) throws IOException {
            for (String line : wrap(printable(text), size, width, 0)) {
                show(line, size, LEFT + (width - width(line, size)) / 2, r, g, b);
            }
        }

        void rightAligned(String text) throws IOException {
            String line = printable(text);
            show(line, BODY_SIZE, LEFT + width - width(line, BODY_SIZE) - BODY_SIZE * 2, 0, 0, 0);
        }

        /** A paragraph whose first line is indented two characters. */
        void paragraph(String text, float r, float g, float b) throws IOException {
            float indent = BODY_SIZE * 2;
            boolean first = true;
            for (String line : wrap(printable(text), BODY_SIZE, width, indent)) {
                show(line, BODY_SIZE, LEFT + (first ? indent : 0), r, g, b);
                first = false;
            }
        }

        void gap(float height) {
            y -= height;
        }

        void close() throws IOException {
            if (page != null) {
                page.close();
            }
        }

        private void show(String line, float size, float x, float r, float g, float b) throws IOException {
            float height = size * LEADING;
            if (page == null || y - height < BOTTOM) {
                newPage();
            }
            y -= height;
            PDPageContentStream stream = java.util.Objects.requireNonNull(page);
            stream.beginText();
            stream.setNonStrokingColor(r, g, b);
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(line);
            stream.endText();
        }

        private void newPage() throws IOException {
            close();
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - TOP;
        }

        /**
         * Character by character (Chinese breaks anywhere), keeping closing punctuation off a line's start; a line's
         * width is the sum of its characters' advances (no kerning in CJK text), each measured once.
         */
        private List<String> wrap(String text, float size, float available, float firstIndent) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float room = available - firstIndent;
            float used = 0;
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                float advance = advance(cp) * size;
                if (used + advance > room && !line.isEmpty() && NO_LINE_START.indexOf(cp) < 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    room = available;
                    used = 0;
                }
                line.appendCodePoint(cp);
                used += advance;
                i += Character.charCount(cp);
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The character's advance at size 1. */
        private float advance(int cp) throws IOException {
            Float known = advances.get(cp);
            if (known == null) {
                known = font.getStringWidth(new String(Character.toChars(cp))) / 1000;
                advances.put(cp, known);
            }
            return known;
        }

        /** The text with each character the font cannot show replaced by □ (or ? when □ is missing too). */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> out.append(printable.computeIfAbsent(cp, this::glyphOrBox)));
            return out.toString();
        }

        private String glyphOrBox(int cp) {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            for (String candidate : new String[] {ch, "□", "?"}) {
                try {
                    font.encode(candidate);
                    return candidate;
                } catch (IOException | IllegalArgumentException e) {
                    // not in the font: try the next
                }
            }
            return "?";
        }
    }
}
