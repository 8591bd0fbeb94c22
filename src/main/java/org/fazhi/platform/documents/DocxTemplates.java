package org.fazhi.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Filling and reading .docx templates: what the modules' document services and template checks use. */
public final class DocxTemplates {

    /** A placeholder in a paragraph's text: {@code {{name}}}, the name in group 1. */
    public static final Pattern PLACEHOLDER = ParagraphFilling.PLACEHOLDER;
    /** What a placeholder without a value prints: a line to fill in by hand. */
    public static final String BLANK = ParagraphFilling.BLANK;

    private DocxTemplates() {
    }

    /** The template with every placeholder filled, as a new .docx. */
    public static byte[] fill(InputStream template, TemplateValues values) throws IOException {
        return TemplateFilling.fill(template, values);
    }

    /** Every paragraph of the document: body, tables at any depth, headers, footers and text boxes. */
    public static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        return TemplateParts.paragraphs(document);
    }

    /** A paragraph's text as the filling reads it: its runs joined, so a placeholder split by Word is whole. */
    public static String text(XWPFParagraph paragraph) {
        return paragraph.getRuns().stream().map(XWPFRun::text).reduce("", String::concat);
    }
}
