package org.fazhi.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Excel imports through the pages: a good file is imported whole, a bad one is refused whole with every error. */
@FazhiIntegrationTest
class RegistryImportIntegrationTests {

    private static final List<String> OFFICER_HEADERS = List.of("姓名", "身份证号", "执法主体", "岗位", "编制类型", "执法领域", "状态");

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void theTemplateIsARealWorkbookWithTheImportHeaders() throws Exception {
        byte[] template = mvc.perform(get("/registry/officers/import/template").with(user(RegistryTestData.admin())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row headers = workbook.getSheetAt(0).getRow(0);
            for (int i = 0; i < OFFICER_HEADERS.size(); i++) {
                assertThat(headers.getCell(i).getStringCellValue()).isEqualTo(OFFICER_HEADERS.get(i));
            }
        }
    }

    @Test
    void aGoodFileIsImportedWhole() throws Exception {
        Agency agency = data.agency("导入局");
        byte[] file = workbook(List.of(
                List.of("导入甲", RegistryTestData.idNumber(), agency.name(), "执法岗位", "行政编制", "市场监管", "在岗"),
                List.of("导入乙", RegistryTestData.idNumber(), agency.name(), "法制审核岗位", "事业编制", "", "")));
        String page = upload(file, "officers.xlsx").getResponse().getContentAsString();
        assertThat(page).contains("已导入 2 条记录");
        assertThat(officersOf(agency)).isEqualTo(2);
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryErrorByRowAndColumn() throws Exception {
        Agency agency = data.agency("坏文件局");
        String good = RegistryTestData.idNumber();
        String wrongCheckDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String duplicate = RegistryTestData.idNumber();
        byte[] file = workbook(List.of(
                List.of("正确甲", RegistryTestData.idNumber(), agency.name(), "执法岗位", "行政编制", "", ""),
                List.of("校验错", wrongCheckDigit, agency.name(), "执法岗位", "行政编制", "", ""),
                List.of("", RegistryTestData.idNumber(), agency.name(), "执法岗位", "行政编制", "", ""),
                List.of("无单位", RegistryTestData.idNumber(), "不存在的局", "执法岗位", "行政编制", "", ""),
                List.of("重复一", duplicate, agency.name(), "执法岗位", "行政编制", "", ""),
                List.of("重复二", duplicate, agency.name(), "执法岗位", "行政编制", "", ""),
                List.of("坏岗位", RegistryTestData.idNumber(), agency.name(), "看门岗位", "行政编制", "", ""),
                List.of("坏领域", RegistryTestData.idNumber(), agency.name(), "执法岗位", "行政编制", "天文", "")));
        MvcResult result = upload(file, "officers.xlsx");
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("没有写入任何数据");
        assertThat(problems(page)).containsExactly(
                "3|身份证号|身份证号码校验位不正确",
                "4|姓名|必填",
                "5|执法主体|执法主体不存在或不在您的管理范围内",
                "7|身份证号|该身份证号已登记为其他执法人员",
                "8|岗位|不是可选值之一：执法岗位、法制审核岗位、执法监督岗位、其他岗位",
                "9|执法领域|执法领域“天文”不在本县执法领域清单中");
        assertThat(officersOf(agency)).isZero();

        byte[] report = mvc.perform(get("/registry/officers/import/report").session(
                        (org.springframework.mock.web.MockHttpSession) result.getRequest().getSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void aCsvInGb18030IsReadToo() throws Exception {
        Agency agency = data.agency("编码局");
        String csv = String.join(",", OFFICER_HEADERS) + "\r\n"
                + "编码甲," + RegistryTestData.idNumber() + "," + agency.name() + ",执法岗位,行政编制,,\r\n";
        String page = upload(csv.getBytes(Charset.forName("GB18030")), "officers.csv").getResponse().getContentAsString();
        assertThat(page).contains("已导入 1 条记录");
        assertThat(officersOf(agency)).isEqualTo(1);
    }

    @Test
    void anExportListsTheRowsWithIdNumbersMasked() throws Exception {
        Agency agency = data.agency("导出局");
        data.officer(agency, "导出某");
        byte[] export = mvc.perform(get("/registry/officers/export").param("agency", String.valueOf(agency.id()))
                        .with(user(RegistryTestData.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出某");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
        }
        assertThat(jdbc.sql("select count(*) from audit.entry where event_type = 'DATA_EXPORTED' and record_type = 'registry.officer'")
                .query(Long.class).single()).isPositive();
    }

    private MvcResult upload(byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/registry/officers/import").file(new MockMultipartFile("file", name,
                        "application/octet-stream", content)).with(user(RegistryTestData.admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }

    private long officersOf(Agency agency) {
        return jdbc.sql("select count(*) from registry.officer where agency_id = ?").param(agency.id())
                .query(Long.class).single();
    }

    /** The problems table as "row|column|message" lines. */
    private static List<String> problems(String page) {
        String table = page.substring(page.indexOf("<tbody>", page.indexOf("id=\"import-problems\"")));
        table = table.substring(0, table.indexOf("</tbody>"));
        return java.util.Arrays.stream(table.split("<tr>")).skip(1)
                .map(row -> String.join("|", java.util.regex.Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row)
                        .results().map(match -> match.group(1).strip()).toList()))
                .toList();
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("执法人员");
            Row header = sheet.createRow(0);
            for (int i = 0; i < OFFICER_HEADERS.size(); i++) {
                header.createCell(i).setCellValue(OFFICER_HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    row.createCell(i).setCellValue(rows.get(r).get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
