package org.fazhi.disclosure.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setting a decision on pages without Spring: long texts flow onto more pages; a missing font is named. */
class DecisionPdfTests {

    private static final PdfProperties DEFAULT = new PdfProperties(
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"), "UKaiCN");

    @Test
    void aLongDecisionFlowsOntoFurtherPagesInOrderAndAnUnknownCharacterPrintsAsABox() throws Exception {
        String facts = "违法事实：" + "当事人在经营场所销售过期食品，".repeat(120) + "完。";
        PublishedDecision decision = new PublishedDecision(1, "行政处罚决定书", "郏市监罚〔2026〕12号", "郏县市场监督管理局",
                LocalDate.of(2026, 3, 2), List.of("当事人名称：张某", facts, "处罚内容：1．警告；2．罚款人民币2,000.00元。"
                        + "\uD80C\uDC00"), null, null);

        byte[] bytes = new DecisionPdf(DEFAULT).render(decision);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).startsWith("郏县市场监督管理局行政处罚决定书郏市监罚〔2026〕12号当事人名称：张某")
                    .contains("完。处罚内容：1．警告；2．罚款人民币2,000.00元。").endsWith("郏县市场监督管理局2026年3月2日");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("行政处罚决定书 郏市监罚〔2026〕12号");
        }
    }

    @Test
    void aMissingFontFailsNamingTheFileAndTheKey() {
        DecisionPdf pdf = new DecisionPdf(new PdfProperties(Path.of("/nowhere/ukai.ttc"), "UKaiCN"));
        PublishedDecision decision = new PublishedDecision(1, "行政处罚决定书", "1号", "局", LocalDate.of(2026, 3, 2),
                List.of("正文"), null, null);

        assertThatThrownBy(() -> pdf.render(decision)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nowhere/ukai.ttc").hasMessageContaining("fazhi.disclosure.pdf.font");
    }

    @Test
    void aFontWithCffOutlinesIsRefusedWithTheReason() {
        DecisionPdf pdf = new DecisionPdf(new PdfProperties(
                Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"), "NotoSerifCJKsc-Regular"));
        PublishedDecision decision = new PublishedDecision(1, "行政处罚决定书", "1号", "局", LocalDate.of(2026, 3, 2),
                List.of("正文"), null, null);

        assertThatThrownBy(() -> pdf.render(decision)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TrueType");
    }
}
