package org.fazhi.inspection.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fazhi.inspection.PlanFilingFiles;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plan documents: PDF or Word recognised by their bytes, kept by SM3 digest, checked when read back. */
class PlanDocumentsTests {

    @TempDir Path data;

    @Test
    void recognisesPdfWordAndOldWordByTheirBytes() throws IOException {
        assertThat(PlanDocuments.sniff(GeneratedFilings.placeholderPdf())).contains(PlanDocument.Type.PDF);
        assertThat(PlanDocuments.sniff(docx("年度行政检查计划"))).contains(PlanDocument.Type.DOCX);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(PlanDocuments.sniff(ole2)).contains(PlanDocument.Type.DOC);
    }

    @Test
    void refusesOtherFilesWhateverTheyAreCalled() throws IOException {
        assertThat(PlanDocuments.sniff("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(PlanDocuments.sniff(zip("xl/workbook.xml"))).isEmpty();
        assertThat(PlanDocuments.sniff(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEmpty();
        PlanDocuments documents = new PlanDocuments(data);
        assertThatThrownBy(() -> documents.store("plan.pdf", "<html></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get(0).messageKey())
                        .isEqualTo("inspection.filing.document.type"));
        assertThatThrownBy(() -> documents.store("plan.pdf", new byte[0])).isInstanceOf(InvalidInput.class);
        byte[] huge = new byte[PlanDocuments.MAX_BYTES + 1];
        System.arraycopy(GeneratedFilings.placeholderPdf(), 0, huge, 0, 8);
        assertThatThrownBy(() -> documents.store("plan.pdf", huge))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get(0).messageKey())
                        .isEqualTo("inspection.filing.document.too-large"));
    }

    @Test
    void keepsADocumentByItsDigestAndReadsItBack() throws IOException {
        PlanDocuments documents = new PlanDocuments(data);
        byte[] content = docx("2027年度行政检查计划");

        PlanDocument stored = documents.store("C:\\Users\\法制股\\2027年度检查计划.DOCX", content);

        assertThat(stored.type()).isEqualTo(PlanDocument.Type.DOCX);
        assertThat(stored.name()).isEqualTo("2027年度检查计划.docx");
        assertThat(stored.sm3()).isEqualTo(Sm3.hex(Sm3.digest(content)));
        assertThat(Files.exists(data.resolve("files/inspection/plan-filings/" + stored.sm3() + ".docx"))).isTrue();
        assertThat(documents.read(stored)).isEqualTo(content);
        assertThat(documents.store("again.docx", content).sm3()).isEqualTo(stored.sm3());
    }

    @Test
    void aDocumentAlteredOnDiskIsNotServed() throws IOException {
        PlanDocuments documents = new PlanDocuments(data);
        PlanDocument stored = documents.store("plan.pdf", GeneratedFilings.placeholderPdf());
        Files.writeString(data.resolve("files/inspection/plan-filings/" + stored.sm3() + ".pdf"), "%PDF-1.4 changed");

        assertThatThrownBy(() -> documents.read(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void namesKeepNoFolderAndEndInTheRealType() {
        assertThat(PlanDocuments.cleanName("../../etc/passwd", PlanDocument.Type.PDF)).isEqualTo("passwd.pdf");
        assertThat(PlanDocuments.cleanName("计划.exe", PlanDocument.Type.DOC)).isEqualTo("计划.doc");
        assertThat(PlanDocuments.cleanName("", PlanDocument.Type.PDF)).isEqualTo("plan.pdf");
    }

    private static byte[] docx(String text) {
        return PlanFilingFiles.docx(text);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(1);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
