package org.fazhi.casework.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.fazhi.platform.documents.DocxTemplates;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.casework.document.DocumentFixtures.decision;
import static org.fazhi.casework.document.DocumentFixtures.docx;
import static org.fazhi.casework.document.DocumentFixtures.open;
import static org.fazhi.casework.document.DocumentFixtures.text;

/** How templates as counties save them in Word are filled: placeholders split into runs, headers, text boxes. */
class TemplateFillingTests {

    /** A text box as Word writes it: a drawing (read untyped by POI) and its VML fallback (read typed). */
    private static final String TEXT_BOX = """
            <w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
                 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
                 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
              <wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{{机关名称}}</w:t></w:r></w:p>
              <w:p><w:r><w:t>{{违法事实}}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>
              <mc:Fallback><w:pict><v:shape style="width:160pt;height:60pt"><v:textbox><w:txbxContent>
              <w:p><w:r><w:t>{{机关名称}}</w:t></w:r></w:p><w:p><w:r><w:t>{{违法事实}}</w:t></w:r></w:p>
              </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>""";

    @Test
    void aPlaceholderWordSplitIntoRunsIsFoundAndTakesTheFormatOfTheRunItStartsIn() throws IOException {
        byte[] template = docx(document -> {
            XWPFParagraph paragraph = document.createParagraph();
            run(paragraph, "当事人：{", false, false);
            run(paragraph, "{当事", true, false);
            run(paragraph, "人名", false, true);
            run(paragraph, "称}}，特此告知。", false, false);
        });

        try (XWPFDocument filled = fill(template, decision())) {
            XWPFParagraph paragraph = filled.getParagraphs().get(0);
            assertThat(paragraph.getText()).isEqualTo("当事人：郏县祥义食品加工有限公司，特此告知。");
            XWPFRun value = runWith(paragraph, "郏县祥义食品加工有限公司");
            assertThat(value.isBold()).as("the run where {{ began was not bold: only its first brace").isFalse();
            assertThat(runWith(paragraph, "当事人：").isBold()).isFalse();
            assertThat(runWith(paragraph, "，特此告知。").isItalic()).isFalse();
        }
    }

    @Test
    void theValueKeepsTheFormattingOfTheFirstRunOfItsPlaceholder() throws IOException {
        byte[] template = docx(document -> {
            XWPFParagraph paragraph = document.createParagraph();
            run(paragraph, "依据", false, false);
            run(paragraph, "{{处罚", true, false);
            run(paragraph, "依据}}的规定", false, true);
        });

        try (XWPFDocument filled = fill(template, decision())) {
            XWPFParagraph paragraph = filled.getParagraphs().get(0);
            assertThat(paragraph.getText()).isEqualTo("依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定");
            XWPFRun value = runWith(paragraph, "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项");
            assertThat(value.isBold()).isTrue();
            assertThat(value.isItalic()).isFalse();
            assertThat(runWith(paragraph, "的规定").isItalic()).isTrue();
        }
    }

    @Test
    void severalPlaceholdersInOneRunAreAllFilled() throws IOException {
        byte[] template = docx(document -> run(document.createParagraph(), "{{文书编号}}：{{当事人名称}}（{{案由}}）", true, false));

        try (XWPFDocument filled = fill(template, decision())) {
            XWPFParagraph paragraph = filled.getParagraphs().get(0);
            assertThat(paragraph.getText())
                    .isEqualTo("郏市监罚〔2026〕12号：郏县祥义食品加工有限公司（郏县祥义食品加工有限公司生产经营超过保质期食品案）");
            assertThat(paragraph.getRuns()).filteredOn(run -> !run.text().isEmpty()).allMatch(XWPFRun::isBold);
        }
    }

    @Test
    void headersFootersNestedTablesAndTextBoxesAreFilledToo() throws IOException, XmlException {
        CTR textBox = CTR.Factory.parse(TEXT_BOX, new XmlOptions().setLoadReplaceDocumentElement(null));
        byte[] template = docx(document -> {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{机关名称}}");
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{文书编号}}");
            XWPFTableCell cell = document.createTable(1, 1).getRow(0).getCell(0);
            try (XmlCursor cursor = cell.getParagraphs().get(0).getCTP().newCursor()) {
                cell.insertNewTbl(cursor).insertNewTableRow(0).addNewTableCell().setText("{{当事人名称}}");
            }
            XWPFParagraph holder = document.createParagraph();
            holder.createRun().setText("落款：");
            holder.getCTP().addNewR().set(textBox);
        });

        try (XWPFDocument filled = fill(template, decision())) {
            assertThat(filled.getHeaderList().get(0).getText()).contains("郏县市场监督管理局");
            assertThat(filled.getFooterList().get(0).getText()).contains("郏市监罚〔2026〕12号");
            List<String> texts = DocxTemplates.paragraphs(filled).stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("郏县祥义食品加工有限公司", "落款：").noneMatch(text -> text.contains("{{"));
            assertThat(texts).as("the drawing and its fallback").filteredOn("郏县市场监督管理局"::equals).hasSize(3);
            assertThat(texts).filteredOn(text -> text.startsWith("当事人于2026年2月至3月间")).hasSize(2)
                    .allMatch(text -> text.endsWith("\n当事人在调查期间主动召回已售出的产品，未造成危害后果。"));
        }
    }

    @Test
    void aPlaceholderTheVocabularyDoesNotKnowRendersAsABlankNotAsItself() {
        byte[] template = docx(document -> document.createParagraph().createRun().setText("当事人：{{当事人}}"));

        assertThat(text(render(template, decision()))).isEqualTo("当事人：" + DocxTemplates.BLANK + "\n");
    }

    private static XWPFDocument fill(byte[] template, DocumentFields fields) {
        return open(render(template, fields));
    }

    private static byte[] render(byte[] template, DocumentFields fields) {
        try {
            return CaseDocuments.fill(new ByteArrayInputStream(template), fields);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static XWPFRun runWith(XWPFParagraph paragraph, String text) {
        List<XWPFRun> runs = paragraph.getRuns();
        return runs.stream().filter(run -> run.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text + " in " + runs.stream().map(XWPFRun::text).toList()));
    }
}
