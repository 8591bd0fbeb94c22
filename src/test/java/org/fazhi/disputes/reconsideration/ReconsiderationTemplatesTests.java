package org.fazhi.disputes.reconsideration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.platform.documents.DocxTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped reconsideration templates: made from {@link ReconsiderationTemplates} (run with
 * {@code -Dfazhi.write-templates=true} to write them again after changing it), and naming only placeholders the
 * documents are given.
 */
class ReconsiderationTemplatesTests {

    private static final Path SHIPPED = Path.of("src/main/resources/disputes/documents");
    private static final Set<String> GIVEN = Set.of("机关名称", "文书编号", "日期", "申请人", "被申请人", "行政行为",
            "收到日期", "受理日期", "审理程序", "审理方式", "不予受理理由", "补正事项", "补正期限", "答复期限",
            "决定期限", "听证日期", "决定理由", "调解内容", "决定种类", "决定依据");

    @ParameterizedTest
    @EnumSource(ReconsiderationDocumentKind.class)
    void theShippedFileIsTheAuthoredTemplate(ReconsiderationDocumentKind kind) throws IOException {
        byte[] authored = ReconsiderationTemplates.of(kind);
        if (Boolean.getBoolean("fazhi.write-templates")) {
            Files.createDirectories(SHIPPED);
            Files.write(SHIPPED.resolve(kind.fileName()), authored);
        }
        try (InputStream shipped = ReconsiderationDocuments.shipped(kind)) {
            assertThat(lines(shipped)).isEqualTo(lines(new ByteArrayInputStream(authored)));
        }
    }

    @ParameterizedTest
    @EnumSource(ReconsiderationDocumentKind.class)
    void everyPlaceholderIsOneTheDocumentsAreGiven(ReconsiderationDocumentKind kind) throws IOException {
        Set<String> used = new TreeSet<>();
        try (InputStream shipped = ReconsiderationDocuments.shipped(kind)) {
            lines(shipped).forEach(line -> DocxTemplates.PLACEHOLDER.matcher(line).results()
                    .forEach(match -> used.add(match.group(1))));
        }

        assertThat(used).contains("机关名称", "文书编号", "日期").isSubsetOf(GIVEN);
    }

    private static List<String> lines(InputStream docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            return DocxTemplates.paragraphs(document).stream().map(DocxTemplates::text).toList();
        }
    }
}
