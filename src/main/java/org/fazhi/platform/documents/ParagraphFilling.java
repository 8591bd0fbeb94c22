package org.fazhi.platform.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Fills the placeholders of one paragraph. Word splits typed text into runs wherever an edit, a spelling mark or a
 * formatting change fell, so a placeholder is found in the paragraph's whole text and may span several runs: its
 * value goes into a new run formatted like the run where the placeholder starts, the text around it stays in its
 * own runs with their formatting. Values are inserted after the paragraph was read, so a value that itself contains
 * braces is printed as typed, never expanded.
 */
final class ParagraphFilling {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    /** What a placeholder without a value prints: a line to fill in by hand. */
    static final String BLANK = "_".repeat(12);

    private final XWPFParagraph paragraph;
    private final int[] starts;
    private final int[] lengths;

    private ParagraphFilling(XWPFParagraph paragraph) {
        this.paragraph = paragraph;
        List<XWPFRun> runs = paragraph.getRuns();
        this.starts = new int[runs.size()];
        this.lengths = new int[runs.size()];
        int offset = 0;
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = offset;
            lengths[i] = runs.get(i).text().length();
            offset += lengths[i];
        }
    }

    /**
     * Replaces every placeholder by its value from {@code values} (by name; empty when there is none). A value of
     * several lines continues in new paragraphs of the same formatting after this one.
     */
    static void fill(XWPFParagraph paragraph, Function<String, Optional<String>> values) {
        fill(paragraph, values, true);
    }

    /** As {@link #fill}, but a value of several lines stays in this paragraph, its lines split by line breaks. */
    static void fillInPlace(XWPFParagraph paragraph, Function<String, Optional<String>> values) {
        fill(paragraph, values, false);
    }

    private static void fill(XWPFParagraph paragraph, Function<String, Optional<String>> values,
                             boolean paragraphsMayFollow) {
        String text = paragraph.getRuns().stream().map(XWPFRun::text).reduce("", String::concat);
        List<MatchResult> matches = PLACEHOLDER.matcher(text).results().toList();
        if (matches.isEmpty()) {
            return;
        }
        // A cell holding nothing but the placeholder is itself the space to write in: no line drawn in it.
        boolean wholeCell = paragraph.getBody() instanceof XWPFTableCell && matches.size() == 1
                && text.strip().equals(matches.get(0).group());
        ParagraphFilling filling = new ParagraphFilling(paragraph);
        List<Continuation> continuations = new ArrayList<>();
        // Last placeholder first: earlier ones keep their runs and offsets while later ones are rewritten.
        for (int m = matches.size() - 1; m >= 0; m--) {
            MatchResult match = matches.get(m);
            String value = values.apply(match.group(1)).orElse(wholeCell ? "" : BLANK);
            String[] lines = value.split("\\R", -1);
            XWPFRun valueRun = filling.replace(match, lines[0]);
            for (int line = lines.length - 1; line > 0 && paragraphsMayFollow; line--) {
                continuations.add(0, new Continuation(lines[line], valueRun));
            }
            for (int line = 1; line < lines.length && !paragraphsMayFollow; line++) {
                valueRun.addBreak();
                valueRun.setText(lines[line]);
            }
        }
        XWPFParagraph last = paragraph;
        for (Continuation continuation : continuations) {
            last = continuation.after(last);
        }
    }

    private XWPFRun replace(MatchResult match, String value) {
        int first = runAt(match.start());
        int last = runAt(match.end() - 1);
        List<XWPFRun> runs = paragraph.getRuns();
        XWPFRun head = runs.get(first);
        String headText = head.text();
        String suffix = "";
        if (first == last) {
            suffix = headText.substring(match.end() - starts[first]);
        } else {
            XWPFRun tail = runs.get(last);
            setText(tail, tail.text().substring(match.end() - starts[last]));
            for (int between = first + 1; between < last; between++) {
                setText(runs.get(between), "");
            }
        }
        setText(head, headText.substring(0, match.start() - starts[first]));
        XWPFRun valueRun = paragraph.insertNewRun(first + 1);
        formatLike(head, valueRun);
        valueRun.setText(value);
        if (!suffix.isEmpty()) {
            XWPFRun rest = paragraph.insertNewRun(first + 2);
            formatLike(head, rest);
            rest.setText(suffix);
        }
        return valueRun;
    }

    private int runAt(int offset) {
        for (int i = 0; i < starts.length; i++) {
            if (offset >= starts[i] && offset < starts[i] + lengths[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no run holds offset " + offset);
    }

    /** Replaces a run's text (its text, tab and break elements), keeping anything else it holds, such as a picture. */
    private static void setText(XWPFRun run, String text) {
        CTR ctr = run.getCTR();
        while (ctr.sizeOfTArray() > 0) {
            ctr.removeT(0);
        }
        while (ctr.sizeOfTabArray() > 0) {
            ctr.removeTab(0);
        }
        while (ctr.sizeOfBrArray() > 0) {
            ctr.removeBr(0);
        }
        while (ctr.sizeOfCrArray() > 0) {
            ctr.removeCr(0);
        }
        if (!text.isEmpty()) {
            run.setText(text);
        }
    }

    private static void formatLike(XWPFRun model, XWPFRun run) {
        if (model.getCTR().isSetRPr()) {
            run.getCTR().setRPr(model.getCTR().getRPr());
        }
    }

    /** A further line of a value: a new paragraph formatted like the one the placeholder is in. */
    private record Continuation(String line, XWPFRun format) {

        XWPFParagraph after(XWPFParagraph previous) {
            XWPFParagraph next = insertAfter(previous);
            if (previous.getCTP().isSetPPr()) {
                next.getCTP().setPPr(previous.getCTP().getPPr());
            }
            XWPFRun run = next.createRun();
            formatLike(format, run);
            run.setText(line);
            return next;
        }

        private static XWPFParagraph insertAfter(XWPFParagraph paragraph) {
            try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
                if (cursor.toNextSibling()) {
                    return paragraph.getBody().insertNewParagraph(cursor);
                }
            }
            if (paragraph.getBody() instanceof XWPFTableCell cell) {
                return cell.addParagraph();
            }
            if (paragraph.getBody() instanceof XWPFHeaderFooter part) {
                return part.createParagraph();
            }
            return paragraph.getDocument().createParagraph();
        }
    }
}
