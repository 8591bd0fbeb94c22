package org.fazhi.casework.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.casework.document.TemplateFindings.Problem;
import org.fazhi.casework.document.TemplateFindings.Trouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.casework.document.DocumentFixtures.docx;

/** The check a county runs on its own templates, in the application and from the command line. */
@ExtendWith(OutputCaptureExtension.class)
class TemplateCheckTests {

    @TempDir Path countyFolder;

    @Test
    void namesMisplacesAndBrokenBracesAreEachReported() throws IOException {
        write("行政处罚决定书.docx", document -> {
            line(document, "当事人：{{当事人}}");
            line(document, "送达地点：{{送达地点}}");
            line(document, "物品：{{物品.名称}}");
            line(document, "法定代表人：{{法定代表人}");
            line(document, "经查，{{违法事实}}");
        });

        TemplateFindings findings = new DocumentTemplates(countyFolder).check(DocumentKind.PENALTY_DECISION);

        assertThat(findings.replaced()).isTrue();
        assertThat(findings.isSound()).isFalse();
        assertThat(findings.problems()).containsExactly(
                new Problem(Trouble.UNKNOWN, "当事人"),
                new Problem(Trouble.NOT_OF_THIS_DOCUMENT, "送达地点"),
                new Problem(Trouble.NOT_OF_THIS_DOCUMENT, "物品.名称"),
                new Problem(Trouble.INCOMPLETE, "法定代表人：{{法定代表人}"));
        assertThat(findings.problems().get(0).describe()).isEqualTo("未知的占位符 {{当事人}}");
    }

    @Test
    void aRowPlaceholderOutsideATableIsReportedAndAFileThatIsNoDocxIsUnreadable() throws IOException {
        write("查封（扣押）清单.docx", document -> line(document, "{{物品.名称}}"));
        Files.writeString(countyFolder.resolve("送达回证.docx"), "这不是 Word 文件");
        DocumentTemplates templates = new DocumentTemplates(countyFolder);

        assertThat(templates.check(DocumentKind.SEIZURE_LIST).problems())
                .containsExactly(new Problem(Trouble.ROW_OUTSIDE_TABLE, "物品.名称"));
        assertThat(templates.check(DocumentKind.SERVICE_RECEIPT).problems())
                .singleElement().extracting(Problem::trouble).isEqualTo(Trouble.UNREADABLE);
        assertThat(templates.check(DocumentKind.PENALTY_DECISION).replaced()).isFalse();
        assertThat(templates.check(DocumentKind.PENALTY_DECISION).isSound()).isTrue();
    }

    @Test
    void aCountysTemplateWithAMistakeIsNamedInTheLogWhenTheApplicationStarts(CapturedOutput log) throws IOException {
        write("催告书.docx", document -> line(document, "{{当事人名称}}：请缴纳{{罚款数额}}。"));
        write("送达回证.docx", document -> line(document, "{{受送达人}}"));

        new DocumentTemplates(countyFolder).checkCountyTemplates();

        assertThat(log.getOut()).contains("Document template 催告书.docx in " + countyFolder + ": [未知的占位符 {{罚款数额}}]")
                .contains("Document template 送达回证.docx replaced by " + countyFolder);
    }

    @Test
    void theCommandSaysWhichTemplatesAreTheCountysAndWhatIsWrongWithThem() throws IOException {
        write("催告书.docx", document -> line(document, "{{当事人名称}}：请于{{履行期限}}内缴纳{{罚款金额}}。"));
        write("听证通知书.docx", document -> line(document, "{{听证时间}} {{听证地址}}"));

        Output output = run(countyFolder.toString());

        assertThat(output.status()).isEqualTo(1);
        assertThat(output.out()).contains("催告书.docx：本县模板，检查通过\n")
                .contains("听证通知书.docx：本县模板，存在问题：\n  - 未知的占位符 {{听证地址}}\n")
                .contains("行政处罚决定书.docx：使用默认模板\n");
    }

    @Test
    void theCommandPassesSoundTemplatesAndRefusesAFolderThatIsNotThere() throws IOException {
        write("催告书.docx", document -> line(document, "{{当事人名称}}"));

        assertThat(run(countyFolder.toString()).status()).isZero();
        Output missing = run(countyFolder.resolve("没有").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("文件夹不存在：");
        assertThat(run().status()).isEqualTo(2);
    }

    @Test
    void theCommandWritesTheShippedTemplatesToStartFromAndKeepsTheCountysOwn() throws IOException {
        write("催告书.docx", document -> line(document, "本县的催告书 {{当事人名称}}"));

        Output output = run("--write-defaults", countyFolder.toString());

        assertThat(output.status()).isZero();
        assertThat(output.out()).contains("催告书.docx：已存在，未覆盖\n").contains("行政处罚决定书.docx：已导出\n");
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(countyFolder.resolve(kind.fileName())).isRegularFile();
        }
        assertThat(DocumentFixtures.text(Files.readAllBytes(countyFolder.resolve("催告书.docx")))).startsWith("本县的催告书");
        assertThat(run(countyFolder.toString()).status()).as("the shipped templates pass the check").isZero();
    }

    private void write(String fileName, Consumer<XWPFDocument> content) throws IOException {
        Files.write(countyFolder.resolve(fileName), docx(content));
    }

    private static void line(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
    }

    private static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TemplateCheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Output(int status, String out, String err) {
    }
}
