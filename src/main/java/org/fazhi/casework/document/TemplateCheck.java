package org.fazhi.casework.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.fazhi.casework.document.TemplateFindings.Problem;
import org.fazhi.casework.document.TemplateFindings.Trouble;
import org.fazhi.platform.documents.DocxTemplates;

/**
 * Checks a template before it is used: every placeholder must be one that documents of its kind are given, row
 * placeholders must sit in a table row, and no brace may be left over. Reads the text the way the filling does
 * (runs joined), so a placeholder Word split into runs is found here too.
 */
final class TemplateCheck {

    private static final int SNIPPET = 20;

    private TemplateCheck() {
    }

    static TemplateFindings check(DocumentKind kind, boolean replaced, Function<DocumentKind, InputStream> source) {
        try (InputStream in = source.apply(kind); XWPFDocument document = new XWPFDocument(in)) {
            return check(kind, replaced, document);
        } catch (IOException | RuntimeException unreadable) {
            String reason = Optional.ofNullable(unreadable.getMessage()).orElse(unreadable.getClass().getSimpleName());
            return new TemplateFindings(kind, replaced, List.of(), List.of(new Problem(Trouble.UNREADABLE, reason)));
        }
    }

    static TemplateFindings check(DocumentKind kind, boolean replaced, XWPFDocument document) {
        Set<String> used = new LinkedHashSet<>();
        Set<Problem> problems = new LinkedHashSet<>();
        for (XWPFParagraph paragraph : DocxTemplates.paragraphs(document)) {
            String text = DocxTemplates.text(paragraph);
            for (MatchResult match : DocxTemplates.PLACEHOLDER.matcher(text).results().toList()) {
                String name = match.group(1);
                used.add(name);
                placement(kind, name, paragraph.getBody() instanceof XWPFTableCell).ifPresent(problems::add);
            }
            String rest = DocxTemplates.PLACEHOLDER.matcher(text).replaceAll("");
            int brace = Math.max(rest.indexOf("{{"), rest.indexOf("}}"));
            if (rest.contains("{{") || rest.contains("}}")) {
                problems.add(new Problem(Trouble.INCOMPLETE, snippet(rest, brace)));
            }
        }
        return new TemplateFindings(kind, replaced, List.copyOf(used), new ArrayList<>(problems));
    }

    private static Optional<Problem> placement(DocumentKind kind, String name, boolean inTable) {
        Optional<Placeholder> placeholder = Placeholder.named(name);
        if (placeholder.isEmpty()) {
            return Optional.of(new Problem(Trouble.UNKNOWN, name));
        }
        if (!placeholder.get().belongsTo(kind)) {
            return Optional.of(new Problem(Trouble.NOT_OF_THIS_DOCUMENT, name));
        }
        if (placeholder.get().table() != null && !inTable) {
            return Optional.of(new Problem(Trouble.ROW_OUTSIDE_TABLE, name));
        }
        return Optional.empty();
    }

    private static String snippet(String text, int around) {
        int from = Math.max(0, around - SNIPPET / 2);
        return text.substring(from, Math.min(text.length(), from + SNIPPET)).strip();
    }
}
