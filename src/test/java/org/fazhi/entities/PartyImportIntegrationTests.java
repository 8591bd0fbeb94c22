package org.fazhi.entities;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.bulk.PartyImport;
import org.fazhi.entities.bulk.PartyImport.Mode;
import org.fazhi.entities.bulk.PartyImport.Outcome;
import org.fazhi.platform.spreadsheet.ImportProblem;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulk imports of parties from .csv (UTF-8, GB18030) and .xlsx: all or none, or the valid rows; updates by code. */
@FazhiIntegrationTest
class PartyImportIntegrationTests {

    static final String HEADER = "类型,统一社会信用代码或身份证号,名称,所在乡镇（街道）,地址,行业代码,规模,五上企业,联系人,联系电话,状态,信用等级,标记";

    @Autowired PartyImport imports;
    @Autowired JdbcClient jdbc;

    static String row(String kind, String code, String name, String township, String grade) {
        return String.join(",", kind, code, name, township, "测试路8号", "C30", "小型", "否", "李经理", "13700001111",
                "存续", grade, "");
    }

    private Outcome importCsv(List<String> rows, Charset charset, Mode mode) {
        String csv = HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
        return imports.run(RegistryTestData.admin(), new ByteArrayInputStream(csv.getBytes(charset)), "parties.csv", mode);
    }

    private long countByName(String fragment) {
        return jdbc.sql("select count(*) from entities.party where name like ?").param("%" + fragment + "%")
                .query(Long.class).single();
    }

    @Test
    void importsAGoodCsvInUtf8AndInGb18030() {
        String trade = EntitiesTestData.tradeName();
        Outcome utf8 = importCsv(List.of(row("企业", EntitiesTestData.enterpriseCode(), "郏县" + trade + "甲有限公司", "堂街镇", "A"),
                row("自然人", EntitiesTestData.personId(), trade + "乙", "410425102", "")), StandardCharsets.UTF_8, Mode.ALL_OR_NONE);
        assertThat(utf8.written()).isTrue();
        assertThat(utf8.inserted()).isEqualTo(2);
        Outcome gb = importCsv(List.of(row("个体工商户", EntitiesTestData.enterpriseCode(), trade + "丙便利店", "薛店镇", "C")),
                Charset.forName("GB18030"), Mode.ALL_OR_NONE);
        assertThat(gb.inserted()).isEqualTo(1);
        assertThat(countByName(trade)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from entities.credit_grade_change c join entities.party p on p.id = c.party_id "
                + "where p.name like ?").param("%" + trade + "%").query(Long.class).single()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void aBadFileIsRefusedWholeWithEveryProblemByRowAndColumn(String encoding) {
        String trade = EntitiesTestData.tradeName();
        String good = EntitiesTestData.enterpriseCode();
        String wrongDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String duplicate = EntitiesTestData.enterpriseCode();
        Outcome outcome = importCsv(List.of(
                row("企业", good, trade + "正常公司", "堂街镇", "B"),
                row("企业", wrongDigit, trade + "校验位公司", "堂街镇", "B"),
                row("企业", EntitiesTestData.enterpriseCode(), "", "堂街镇", "B"),
                row("企业", EntitiesTestData.enterpriseCode(), trade + "外乡公司", "火星镇", "B"),
                row("企业", duplicate, trade + "重复一", "堂街镇", "B"),
                row("企业", duplicate, trade + "重复二", "堂街镇", "B")), Charset.forName(encoding), Mode.ALL_OR_NONE);
        assertThat(outcome.written()).isFalse();
        assertThat(problems(outcome)).containsExactly(
                "3|统一社会信用代码或身份证号|shared.credit-code.check-digit",
                "4|名称|import.error.required",
                "5|所在乡镇（街道）|entities.party.region.unknown",
                "7|统一社会信用代码或身份证号|import.error.duplicate-in-file");
        assertThat(countByName(trade)).isZero();
    }

    @Test
    void theValidRowsModeWritesTheGoodRowsAndNamesTheSkippedOnes() {
        String trade = EntitiesTestData.tradeName();
        Outcome outcome = importCsv(List.of(
                row("企业", EntitiesTestData.enterpriseCode(), trade + "好公司一", "堂街镇", "B"),
                row("企业", "123", trade + "坏公司", "堂街镇", "B"),
                row("企业", EntitiesTestData.enterpriseCode(), trade + "好公司二", "堂街镇", "B")),
                StandardCharsets.UTF_8, Mode.VALID_ROWS);
        assertThat(outcome.written()).isTrue();
        assertThat(outcome.inserted()).isEqualTo(2);
        assertThat(outcome.skippedRows()).isEqualTo(1);
        assertThat(problems(outcome)).containsExactly("3|统一社会信用代码或身份证号|shared.credit-code.length");
        assertThat(countByName(trade)).isEqualTo(2);
    }

    @Test
    void importingAgainUpdatesByCodeInsteadOfDuplicating() {
        String trade = EntitiesTestData.tradeName();
        String code = EntitiesTestData.enterpriseCode();
        importCsv(List.of(row("企业", code, trade + "旧名称公司", "堂街镇", "B")), StandardCharsets.UTF_8, Mode.ALL_OR_NONE);
        Outcome again = importCsv(List.of(row("企业", code, trade + "新名称公司", "薛店镇", "C")), StandardCharsets.UTF_8,
                Mode.ALL_OR_NONE);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(jdbc.sql("select name || '|' || credit_grade from entities.party where credit_code = ?").param(code)
                .query(String.class).list()).containsExactly(trade + "新名称公司|C");
        assertThat(jdbc.sql("select count(*) from audit.entry where event_type = 'DATA_IMPORTED'").query(Long.class)
                .single()).isPositive();
    }

    @Test
    void importsAnXlsxWorkbook() throws Exception {
        String trade = EntitiesTestData.tradeName();
        List<String> rows = List.of(row("企业", EntitiesTestData.enterpriseCode(), trade + "表格公司", "堂街镇", "A"));
        Outcome outcome = imports.run(RegistryTestData.admin(), new ByteArrayInputStream(workbook(rows)), "parties.xlsx",
                Mode.ALL_OR_NONE);
        assertThat(outcome.inserted()).isEqualTo(1);
        assertThat(countByName(trade)).isEqualTo(1);
    }

    private static List<String> problems(Outcome outcome) {
        List<String> lines = new ArrayList<>();
        for (ImportProblem problem : outcome.problems().list()) {
            lines.add(problem.row() + "|" + problem.column() + "|" + problem.messageKey());
        }
        return lines;
    }

    static byte[] workbook(List<String> csvRows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("行政相对人");
            List<String> lines = new ArrayList<>(List.of(HEADER));
            lines.addAll(csvRows);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
