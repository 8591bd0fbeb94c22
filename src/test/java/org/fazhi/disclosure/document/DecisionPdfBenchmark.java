package org.fazhi.disclosure.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering a decision's PDF, as the portal does for the first reader after a publication (later readers get the
 * kept rendering): milliseconds per PDF and its size, for a decision of about 2,000 characters. Size:
 * {@code -Dbench.pdfs=200} (default 5 for CI) after {@code -Dbench.warmup} untimed (default 3). Results appended to
 * {@code target/benchmarks/decision-pdf.txt}.
 */
@Tag("benchmark")
class DecisionPdfBenchmark {

    @Test
    void rendersDecisionsOneAfterAnother() throws Exception {
        int count = Integer.getInteger("bench.pdfs", 5);
        int warmup = Integer.getInteger("bench.warmup", 3);
        DecisionPdf pdf = new DecisionPdf(new PdfProperties(Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
                "UKaiCN"));
        PublishedDecision decision = decision();
        for (int i = 0; i < warmup; i++) {
            pdf.render(decision);
        }
        long started = System.nanoTime();
        long bytes = 0;
        byte[] last = new byte[0];
        for (int i = 0; i < count; i++) {
            last = pdf.render(decision);
            bytes += last.length;
        }
        double millis = (System.nanoTime() - started) / 1e6 / count;
        started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            try (DecisionPdf.LoadedFont font = pdf.loadFont()) {
                assertThat(font.font().getNumberOfGlyphs()).isPositive();
            }
        }
        double fontMillis = (System.nanoTime() - started) / 1e6 / count;
        try (PDDocument read = Loader.loadPDF(last)) {
            assertThat(new PDFTextStripper().getText(read).replaceAll("\\s+", "")).contains("郏市监罚〔2026〕12号", "张某");
        }
        int characters = decision.paragraphs().stream().mapToInt(String::length).sum();
        Path report = Path.of("target", "benchmarks", "decision-pdf.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.format(
                "%d PDFs of a %d-character decision: %.1f ms each (opening the font alone %.1f ms), %,d bytes each  (%s)%n",
                count, characters, millis, fontMillis, bytes / count, Instant.now()), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(characters).isBetween(1_800, 2_400);
    }

    private static PublishedDecision decision() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("当事人名称：郏县平安副食商店");
        paragraphs.add("法定代表人：张某");
        paragraphs.add("违法事实：" + "经查，当事人在其经营场所内销售超过保质期的预包装食品共计37种，货值金额人民币2860元，"
                .repeat(36) + "当事人的负责人张某对上述事实无异议。");
        paragraphs.add("证据：现场检查笔录、询问笔录、现场照片、当事人主体资格证明材料等，上述证据经查证属实，足以认定。");
        paragraphs.add("违反条款：当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。");
        paragraphs.add("处罚依据：依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定。");
        paragraphs.add("处罚内容：1．警告；2．罚款人民币5,000.00元（大写：伍仟元整）。");
        paragraphs.add("履行方式和期限：当事人应当自收到本决定书之日起十五日内缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。");
        return new PublishedDecision(1, "行政处罚决定书", "郏市监罚〔2026〕12号", "郏县市场监督管理局",
                LocalDate.of(2026, 3, 20), paragraphs, null, null);
    }
}
