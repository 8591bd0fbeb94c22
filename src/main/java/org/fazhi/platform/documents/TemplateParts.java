package org.fazhi.platform.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** Where text lives in a .docx: what the filling and the template check both walk. */
final class TemplateParts {

    private static final String TEXT_BOX_PARAGRAPHS = "declare namespace w='"
            + "http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:txbxContent/w:p";

    private TemplateParts() {
    }

    static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument document) {
        return Stream.concat(document.getHeaderList().stream(), document.getFooterList().stream())
                .map(XWPFHeaderFooter.class::cast).toList();
    }

    /**
     * Acts on each paragraph inside a text box, which the body's elements do not list. Word writes each text box
     * twice (the drawing and its older VML fallback); both are visited, so both read the same once filled. Inside a
     * drawing the schema is open and a paragraph may have been read untyped: the action then works on a typed copy,
     * written back afterwards.
     */
    static void textBoxParagraphs(XWPFDocument document, Consumer<XWPFParagraph> action) {
        for (XmlObject found : document.getDocument().selectPath(TEXT_BOX_PARAGRAPHS)) {
            if (found instanceof CTP paragraph) {
                action.accept(new XWPFParagraph(paragraph, document));
                continue;
            }
            try {
                CTP copy = CTP.Factory.parse(found.getDomNode(), new XmlOptions().setLoadReplaceDocumentElement(null));
                action.accept(new XWPFParagraph(copy, document));
                found.set(copy);
            } catch (XmlException unreadable) {
                throw new IllegalStateException("a text box paragraph cannot be read", unreadable);
            }
        }
    }

    /** Every paragraph of the document: body, tables at any depth, headers, footers and text boxes. */
    static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collect(document, paragraphs);
        headersAndFooters(document).forEach(part -> collect(part, paragraphs));
        textBoxParagraphs(document, paragraphs::add);
        return paragraphs;
    }

    /** The table whose rows this template row repeats: the part before the dot of its first row placeholder. */
    static Optional<String> rowTable(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText)
                .flatMap(text -> ParagraphFilling.PLACEHOLDER.matcher(text).results())
                .map(match -> match.group(1)).filter(name -> name.indexOf('.') > 0)
                .map(name -> name.substring(0, name.indexOf('.'))).findFirst();
    }

    private static void collect(IBody body, List<XWPFParagraph> paragraphs) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> collect(cell, paragraphs)));
            }
        }
    }
}
