package org.fazhi.casework.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Fields of a real-looking case, and what tests need to make and read .docx files. */
final class DocumentFixtures {

    private DocumentFixtures() {
    }

    /** A 行政处罚决定书 of the demo county's market regulator, every field given. */
    static DocumentFields decision() {
        return DocumentFields.none()
                .with(Placeholder.AGENCY_NAME, "郏县市场监督管理局")
                .with(Placeholder.DOCUMENT_NUMBER, "郏市监罚〔2026〕12号")
                .with(Placeholder.DATE, "2026年3月25日")
                .with(Placeholder.CASE_NUMBER, "郏市监立案〔2026〕7号")
                .with(Placeholder.CASE_CAUSE, "郏县祥义食品加工有限公司生产经营超过保质期食品案")
                .with(Placeholder.PARTY_NAME, "郏县祥义食品加工有限公司")
                .with(Placeholder.CREDIT_CODE, "91410425MA9GXY2K3T")
                .with(Placeholder.ID_NUMBER, "")
                .with(Placeholder.ADDRESS, "河南省平顶山市郏县龙山街道文化路18号")
                .with(Placeholder.LEGAL_REPRESENTATIVE, "李建国")
                .with(Placeholder.PHONE, "0375-5123456")
                .with(Placeholder.INVESTIGATION, "2026年3月2日，本机关执法人员在日常监督检查中发现当事人涉嫌生产经营超过保质期的食品，"
                        + "经本机关负责人批准，于同日立案调查。")
                .with(Placeholder.FACTS, "当事人于2026年2月至3月间，在其经营场所销售超过保质期的“祥义”牌芝麻饼20箱，"
                        + "货值金额人民币2,400元，违法所得人民币600元。\n当事人在调查期间主动召回已售出的产品，未造成危害后果。")
                .with(Placeholder.EVIDENCE, "1.现场检查笔录一份；2.询问笔录两份；3.进货单据复印件五张；4.现场照片十二张。")
                .with(Placeholder.STATEMENTS_HEARD, "本机关于2026年3月10日向当事人送达行政处罚事先告知书，当事人在法定期限内未提出陈述、申辩。")
                .with(Placeholder.VIOLATED_PROVISION, "《中华人民共和国食品安全法》第三十四条第（十）项")
                .with(Placeholder.DISCRETION_REASONS, "鉴于当事人主动召回产品，依据《河南省市场监督管理行政处罚裁量基准》，对其从轻处罚。")
                .with(Placeholder.PENALTY_BASIS, "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项")
                .with(Placeholder.PENALTY, "1.没收违法所得人民币600元；\n2.罚款人民币50,000元。")
                .with(Placeholder.PERFORMANCE, "当事人应当自收到本决定书之日起十五日内，将罚没款缴至郏县财政局指定的代收银行。"
                        + "逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。")
                .with(Placeholder.RECONSIDERATION_BODY, "郏县人民政府")
                .with(Placeholder.COURT, "郏县人民法院");
    }

    /** Every placeholder of the kind given a value that names it, and two rows for its tables. */
    static DocumentFields everything(DocumentKind kind) {
        DocumentFields fields = DocumentFields.none();
        for (Placeholder placeholder : Placeholder.of(kind)) {
            if (placeholder.table() == null) {
                fields = fields.with(placeholder, valueOf(placeholder));
            }
        }
        for (int row = 1; row <= 2; row++) {
            for (String table : List.of("物品", "送达文书")) {
                Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
                for (Placeholder placeholder : Placeholder.of(kind)) {
                    if (table.equals(placeholder.table())) {
                        values.put(placeholder, valueOf(placeholder) + row);
                    }
                }
                if (!values.isEmpty()) {
                    fields = fields.withRow(values);
                }
            }
        }
        return fields;
    }

    static String valueOf(Placeholder placeholder) {
        return "〈" + placeholder.text() + "〉";
    }

    /** All the text of a .docx as POI's own extractor reads it: body, tables, headers and footers. */
    static String text(byte[] docx) {
        try (XWPFDocument document = open(docx); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A .docx made by a test, as a county's Word would save it. */
    static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
