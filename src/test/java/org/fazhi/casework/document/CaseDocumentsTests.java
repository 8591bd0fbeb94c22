package org.fazhi.casework.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.platform.documents.OfficialLayout;
import org.fazhi.platform.documents.DocxTemplates;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.casework.document.DocumentFixtures.decision;
import static org.fazhi.casework.document.DocumentFixtures.open;
import static org.fazhi.casework.document.DocumentFixtures.text;

/** Rendering the shipped templates, and a county's own, as POI reads the result back. */
class CaseDocumentsTests {

    @TempDir Path countyFolder;

    private CaseDocuments documents() {
        return new CaseDocuments(new DocumentTemplates(countyFolder));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyDocumentHoldsEachOfItsValuesAndNoPlaceholderIsLeft(DocumentKind kind) {
        String text = text(documents().render(kind, DocumentFixtures.everything(kind)));

        for (String name : TemplateCheck.check(kind, false, DocumentTemplates::shipped).placeholders()) {
            Placeholder placeholder = Placeholder.named(name).orElseThrow();
            String value = DocumentFixtures.valueOf(placeholder);
            if (placeholder.table() == null) {
                assertThat(text).as(kind.title()).contains(value);
            } else {
                assertThat(text).as(kind.title()).contains(value + 1, value + 2);
            }
        }
        assertThat(text).startsWith("〈机关名称〉\n" + kind.title() + "\n〈文书编号〉\n")
                .doesNotContain("{{").doesNotContain("}}").doesNotContain(DocxTemplates.BLANK);
    }

    @Test
    void aPenaltyDecisionReadsAsTheCountyIssuesIt() {
        String text = text(documents().render(DocumentKind.PENALTY_DECISION, decision()));

        assertThat(text).contains("郏县市场监督管理局\n行政处罚决定书\n郏市监罚〔2026〕12号\n当事人：郏县祥义食品加工有限公司\n"
                        + "统一社会信用代码（身份证件号码）：91410425MA9GXY2K3T\n")
                .contains("依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本机关决定对当事人作出如下行政处罚：")
                .contains("可以自收到本决定书之日起六十日内依法向郏县人民政府申请行政复议，或者自收到本决定书之日起六个月内"
                        + "依法向郏县人民法院提起行政诉讼。")
                .endsWith("郏县市场监督管理局\n（印章）\n2026年3月25日\n— 1 —\n");
    }

    @Test
    void aValueOfSeveralLinesContinuesInParagraphsFormattedLikeItsFirst() {
        try (XWPFDocument document = open(documents().render(DocumentKind.PENALTY_DECISION, decision()))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            int facts = indexOf(paragraphs, "经查，当事人于2026年2月至3月间");
            XWPFParagraph next = paragraphs.get(facts + 1);

            assertThat(next.getText()).isEqualTo("当事人在调查期间主动召回已售出的产品，未造成危害后果。");
            assertThat(next.getIndentationFirstLine()).isEqualTo(paragraphs.get(facts).getIndentationFirstLine())
                    .isPositive();
            assertThat(next.getRuns().get(0).getFontFamily(FontCharRange.eastAsia))
                    .isEqualTo(OfficialLayout.BODY_FONT);
            assertThat(paragraphs.get(facts + 2).getText()).startsWith("上述事实，主要有以下证据证明：");
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    @Test
    void aMissingValueIsALineToFillInByHandAndAnEmptyOneIsNothing() {
        DocumentFields partial = decision().with(Placeholder.LEGAL_REPRESENTATIVE, null)
                .with(Placeholder.RECONSIDERATION_BODY, null);

        String text = text(documents().render(DocumentKind.PENALTY_DECISION, partial));

        assertThat(text).contains("法定代表人（负责人）：" + DocxTemplates.BLANK + "\n")
                .contains("依法向" + DocxTemplates.BLANK + "申请行政复议")
                .contains("（身份证件号码）：91410425MA9GXY2K3T\n")
                .doesNotContain("{{");
    }

    @Test
    void aFormCellWithoutItsValueStaysEmptyForTheHandwrittenOpinion() throws IOException {
        byte[] rendered = documents().render(DocumentKind.FILING_APPROVAL, decision()
                .with(Placeholder.HANDLER_OPINION, "建议立案调查。")
                .with(Placeholder.CASE_SUMMARY, "日常检查中发现超过保质期的食品。\n当事人承认销售事实。"));

        try (XWPFDocument document = open(rendered)) {
            XWPFTable form = document.getTables().get(0);
            assertThat(cellText(form, "承办人意见")).startsWith("建议立案调查。\n签名：");
            assertThat(cellText(form, "简要案情")).isEqualTo("日常检查中发现超过保质期的食品。\n当事人承认销售事实。");
            assertThat(cellText(form, "审批意见")).startsWith("\n签名：");
        }
        assertThat(text(rendered)).doesNotContain("{{").doesNotContain(DocxTemplates.BLANK);
    }

    @Test
    void theItemRowIsRepeatedOncePerItemInOrder() throws IOException {
        DocumentFields fields = decision().with(Placeholder.MEASURE, "扣押")
                .withRow(item("1", "“祥义”牌芝麻饼", "500克/袋", "20箱"))
                .withRow(item("2", "电子秤", "TCS-30", "1台"))
                .withRow(item("3", "进货单据", "", "5张"));

        try (XWPFDocument document = open(documents().render(DocumentKind.SEIZURE_LIST, fields))) {
            List<XWPFTableRow> rows = document.getTables().get(0).getRows();

            assertThat(rows).extracting(row -> row.getCell(1).getText())
                    .containsExactly("名称", "“祥义”牌芝麻饼", "电子秤", "进货单据");
            assertThat(rows.get(3).getCell(3).getText()).isEqualTo("5张");
            assertThat(rows.get(3).getCell(2).getText()).isEmpty();
        }
    }

    @Test
    void aListWithoutItemsKeepsOneBlankRowToFillInByHand() throws IOException {
        try (XWPFDocument document = open(documents().render(DocumentKind.SEIZURE_LIST, decision()))) {
            List<XWPFTableRow> rows = document.getTables().get(0).getRows();

            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getTableCells()).allSatisfy(cell -> assertThat(cell.getText()).isEmpty());
        }
    }

    @Test
    void aValueIsPrintedAsTypedEvenWhenItLooksLikeAPlaceholder() {
        String text = text(documents().render(DocumentKind.PENALTY_DECISION,
                decision().with(Placeholder.PARTY_NAME, "{{文书编号}}商行")));

        assertThat(text).contains("当事人：{{文书编号}}商行\n").contains("\n郏市监罚〔2026〕12号\n");
    }

    @Test
    void aCountysTemplateReplacesTheShippedOneOfTheSameNameFromTheNextDocumentOn() throws IOException {
        CaseDocuments documents = documents();
        assertThat(text(documents.render(DocumentKind.PENALTY_DECISION, decision()))).contains("行政处罚决定书");

        Files.write(countyFolder.resolve("行政处罚决定书.docx"), DocumentFixtures.docx(document ->
                document.createParagraph().createRun().setText("郏县格式 {{文书编号}}：{{当事人名称}}")));

        assertThat(text(documents.render(DocumentKind.PENALTY_DECISION, decision())))
                .isEqualTo("郏县格式 郏市监罚〔2026〕12号：郏县祥义食品加工有限公司\n");
        assertThat(text(documents.render(DocumentKind.NO_PENALTY_DECISION, decision())))
                .as("the other documents keep the shipped templates").contains("不予行政处罚决定书");
    }

    private static Map<Placeholder, String> item(String number, String name, String specification, String quantity) {
        return Map.of(Placeholder.ITEM_NUMBER, number, Placeholder.ITEM_NAME, name,
                Placeholder.ITEM_SPECIFICATION, specification, Placeholder.ITEM_QUANTITY, quantity);
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String start) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starts with " + start);
    }

    private static String cellText(XWPFTable form, String label) {
        return form.getRows().stream().filter(row -> row.getCell(0).getText().equals(label)).findFirst()
                .orElseThrow().getCell(1).getParagraphs().stream().map(XWPFParagraph::getText)
                .collect(Collectors.joining("\n"));
    }
}
