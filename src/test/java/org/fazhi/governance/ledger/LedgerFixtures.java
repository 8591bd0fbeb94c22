package org.fazhi.governance.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.registry.RegistryTestData;

/** A ledger type declared by the tests themselves, and sheets filled in as a user fills the downloaded template. */
final class LedgerFixtures {

    private LedgerFixtures() {
    }

    /** A fresh code, so each test's county type and its entries are its own in the shared database. */
    static String code() {
        return "visits-" + RegistryTestData.suffix();
    }

    static String declaration(String code) {
        return """
                {"code": "%s", "name": "测试走访台账", "description": "测试中声明的台账",
                 "dateField": "day", "agencyField": "agency",
                 "fields": [
                   {"code": "day", "label": "走访日期", "type": "DATE", "required": true, "listed": true},
                   {"code": "agency", "label": "走访单位", "type": "AGENCY", "required": true},
                   {"code": "village", "label": "村（社区）", "type": "TEXT", "required": true, "maxLength": 20,
                    "listed": true, "searchable": true},
                   {"code": "kind", "label": "内容", "type": "CHOICE", "required": true, "options": ["宣讲", "排查"],
                    "listed": true},
                   {"code": "people", "label": "人数", "type": "INTEGER", "min": 0},
                   {"code": "cost", "label": "费用", "type": "MONEY"},
                   {"code": "done", "label": "已办结", "type": "BOOLEAN"}],
                 "indicators": [
                   {"code": "TEST_VISITS", "name": "走访次数", "unit": "TIMES", "numerator": {}},
                   {"code": "TEST_TALK_RATE", "name": "宣讲占比", "unit": "PERCENT",
                    "numerator": {"field": "kind", "values": ["宣讲"]}, "denominator": {}},
                   {"code": "TEST_PEOPLE", "name": "人数合计", "unit": "PERSONS", "numerator": {"sum": "people"}}]}
                """.formatted(code);
    }

    /** The template with these data rows under its header (cells as text). */
    static byte[] filled(byte[] template, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
