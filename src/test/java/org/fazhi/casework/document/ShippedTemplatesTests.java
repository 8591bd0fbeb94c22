package org.fazhi.casework.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.platform.documents.DocxTemplates;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped templates: made from {@link ShippedTemplates} (run with {@code -Dfazhi.write-templates=true} to write
 * them again after changing it), sound by the county's own check, and together using the whole vocabulary.
 */
class ShippedTemplatesTests {

    private static final Path SHIPPED = Path.of("src/main/resources/casework/documents");

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theShippedFileIsTheAuthoredTemplate(DocumentKind kind) throws IOException {
        byte[] authored = ShippedTemplates.of(kind);
        if (Boolean.getBoolean("fazhi.write-templates")) {
            Files.createDirectories(SHIPPED);
            Files.write(SHIPPED.resolve(kind.fileName()), authored);
        }
        try (InputStream shipped = DocumentTemplates.shipped(kind)) {
            assertThat(outline(shipped)).isEqualTo(outline(new ByteArrayInputStream(authored)));
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyShippedTemplatePassesTheCountysCheck(DocumentKind kind) {
        TemplateFindings findings = TemplateCheck.check(kind, false, DocumentTemplates::shipped);

        assertThat(findings.problems()).isEmpty();
        assertThat(findings.placeholders()).contains("机关名称", "文书编号");
    }

    @Test
    void eachPlaceholderAppearsInTheTemplateOfEveryKindItIsDeclaredFor() {
        for (Placeholder placeholder : Placeholder.values()) {
            Set<DocumentKind> declared = EnumSet.noneOf(DocumentKind.class);
            Set<DocumentKind> used = EnumSet.noneOf(DocumentKind.class);
            for (DocumentKind kind : DocumentKind.values()) {
                if (placeholder.belongsTo(kind)) {
                    declared.add(kind);
                }
                if (placeholdersIn(kind).contains(placeholder.text())) {
                    used.add(kind);
                }
            }
            boolean common = declared.size() == DocumentKind.values().length;
            assertThat(used).as(placeholder.text()).isNotEmpty();
            if (!common) {
                assertThat(used).as(placeholder.text()).isEqualTo(declared);
            }
        }
    }

    @Test
    void theGuideNamesEveryTemplateAndEveryPlaceholder() throws IOException {
        String guide = Files.readString(Path.of("docs/case-documents.md"));

        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(guide).contains("`" + kind.fileName() + "`", "`" + kind.name() + "`");
        }
        for (Placeholder placeholder : Placeholder.values()) {
            assertThat(guide).contains("`{{" + placeholder.text() + "}}`");
        }
    }

    private static Set<String> placeholdersIn(DocumentKind kind) {
        return Set.copyOf(TemplateCheck.check(kind, false, DocumentTemplates::shipped).placeholders());
    }

    /** The text of every paragraph in order, and the tables' shapes: what a county reading the file would see. */
    static String outline(InputStream docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            List<String> lines = DocxTemplates.paragraphs(document).stream().map(XWPFParagraph::getText).toList();
            String tables = document.getTables().stream()
                    .map(table -> table.getRows().stream().map(row -> String.valueOf(row.getTableCells().size()))
                            .collect(Collectors.joining(",")))
                    .collect(Collectors.joining(" | "));
            return String.join("\n", lines) + "\ntables: " + tables;
        }
    }
}
