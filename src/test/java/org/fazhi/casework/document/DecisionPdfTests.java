package org.fazhi.casework.document;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 行政处罚决定书 rendered to PDF by LibreOffice, as a county prints it, then read back with poppler's pdftotext.
 * On CI ({@code CI=true}) missing tools fail the test; on a developer machine without them it is skipped
 * ({@code apt install libreoffice-writer-nogui poppler-utils fonts-arphic-ukai}). The official fonts are mapped onto
 * free ones by {@code casework/fonts.conf}, given to LibreOffice alone, so the PDF also shows the template asks for
 * them by name.
 */
class DecisionPdfTests {

    private static final List<String> TOOLS = List.of("soffice", "pdftotext", "pdfinfo", "pdffonts");

    @TempDir Path work;

    @BeforeAll
    static void requireTools() {
        boolean installed = TOOLS.stream().allMatch(tool -> command(tool).isPresent());
        if (!installed && "true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true but LibreOffice or poppler-utils is not installed: " + TOOLS);
        }
        Assumptions.assumeTrue(installed, "LibreOffice or poppler-utils is not installed");
    }

    @Test
    void aPenaltyDecisionPrintsOnA4InTheOfficialFontsAndReadsAsTheCaseSaid() throws Exception {
        CaseDocuments documents = new CaseDocuments(new DocumentTemplates(work.resolve("county")));
        Path docx = Files.write(work.resolve("decision.docx"),
                documents.render(DocumentKind.PENALTY_DECISION, DocumentFixtures.decision()));

        Path pdf = convertToPdf(docx);

        String text = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s", "");
        assertThat(text).startsWith("郏县市场监督管理局行政处罚决定书郏市监罚〔2026〕12号当事人：郏县祥义食品加工有限公司")
                .contains("经查，当事人于2026年2月至3月间，在其经营场所销售超过保质期的“祥义”牌芝麻饼20箱")
                .contains("本机关决定对当事人作出如下行政处罚：1.没收违法所得人民币600元；2.罚款人民币50,000元。")
                .contains("六十日内依法向郏县人民政府申请行政复议")
                .contains("郏县市场监督管理局（印章）2026年3月25日")
                .doesNotContain("{{").doesNotContain("}}");
        assertThat(run("pdfinfo", pdf.toString())).containsPattern("Page size:\\s+595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)");
        assertThat(run("pdffonts", pdf.toString())).as("仿宋_GB2312 and 方正小标宋简体, as mapped for this test")
                .contains("UKai").contains("NotoSerifCJK");
    }

    /** One conversion, in a LibreOffice profile of its own: two sharing a profile lose an output silently. */
    private Path convertToPdf(Path docx) throws IOException, InterruptedException, URISyntaxException {
        Path fonts = Path.of(DecisionPdfTests.class.getResource("/casework/fonts.conf").toURI());
        String profile = work.resolve("libreoffice-profile").toUri().toString();
        String output = run(Map.of("FONTCONFIG_FILE", fonts.toString()), "soffice", "-env:UserInstallation=" + profile,
                "--headless", "--convert-to", "pdf", "--outdir", work.toString(), docx.toString());
        Path pdf = work.resolve("decision.pdf");
        assertThat(pdf).as("LibreOffice said: " + output).isRegularFile();
        assertThat(Files.size(pdf)).isPositive();
        return pdf;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    private static String run(Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(command[0] + " said: " + text).isZero();
        return text;
    }

    private static Optional<Path> command(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, name)).filter(Files::isExecutable).findFirst();
    }
}
