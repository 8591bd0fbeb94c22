package org.fazhi.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.SheetFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files as LibreOffice Calc wrote them (see {@code fixtures/imports/README.md}), through the real import pages:
 * codes typed into General cells are refused with a message that says what happened and how to fix it — not as a
 * wrong check digit — while the rest of a GB18030 CSV reads as it should (township by code or name, industry as a
 * class code), and an .ods is refused with a hint to save it as .xlsx.
 */
@FazhiIntegrationTest
class CalcFilesIntegrationTests {

    private static final String LOST = "是数字格式，18 位代码已被表格软件改写为 %s，末几位已丢失：请把该列设为“文本”格式后重新输入";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void officersIdNumbersTypedIntoGeneralCellsAreRefusedAsNumbers() throws Exception {
        String page = upload("/registry/officers/import", "officers-general-cells.xlsx");

        assertThat(page).contains("没有写入任何数据");
        assertThat(SheetFiles.problems(page)).containsExactly(
                "2|身份证号|" + LOST.formatted("4.1042519850612E+17"),
                "4|身份证号|" + LOST.formatted("4.1042519850612E+17"));
        assertThat(jdbc.sql("select count(*) from registry.officer where name in ('赵敏', '钱进', '孙丽')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void certificateNumbersCutShortAreRefusedAndShortOnesReadExactly() throws Exception {
        String page = upload("/registry/certificates/import", "certificates-general-cells.xlsx");

        assertThat(SheetFiles.problems(page)).containsExactly(
                "2|证号|" + LOST.formatted("4.10425202400001E+17"),
                "2|持证人身份证号|" + LOST.formatted("4.1042519850612E+17"),
                "3|持证人身份证号|" + LOST.formatted("4.1042519850612E+17"));
    }

    @Test
    void aCalcCsvInGb18030IsRefusedForItsNumericCreditCodesOnly() throws Exception {
        String page = upload("/entities/parties/import", "parties-calc-gb18030.csv");

        assertThat(SheetFiles.problems(page)).containsExactly(
                "2|统一社会信用代码或身份证号|" + LOST.formatted("9.24104257341E+017"),
                "6|统一社会信用代码或身份证号|" + LOST.formatted("9.24104257341E+017"));
        assertThat(page).contains("没有写入任何数据").doesNotContain("导入完成");
    }

    @Test
    void theGoodRowsOfTheCalcCsvKeepTownshipsByCodeOrNameAndIndustriesAsDivisions() throws Exception {
        String page = mvc.perform(multipart("/entities/parties/import").file(fixture("parties-calc-gb18030.csv"))
                        .param("mode", "VALID_ROWS").with(user(RegistryTestData.admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(SheetFiles.problems(page)).hasSize(2);
        assertThat(partiesNamed("郏县恒远商贸有限公司")).containsExactly("410425103|F52");
        assertThat(partiesNamed("郏县瑞丰农资有限公司")).containsExactly("410425104|F52");
        assertThat(partiesNamed("郏县鑫源批发有限公司")).containsExactly("410425104|F51");
        assertThat(partiesNamed("郏县老街便民超市")).isEmpty();
    }

    @Test
    void anOdsIsRefusedWithAHintToSaveItAsXlsx() throws Exception {
        String page = upload("/registry/officers/import", "parties-calc-gb18030.ods");

        assertThat(SheetFiles.problems(page)).containsExactly(
                "||文件不是有效的 Excel (.xlsx) 文件：.xls、.ods（WPS、LibreOffice 等）文件请先另存为 .xlsx 或 CSV 后再上传");
    }

    private String upload(String path, String fixture) throws Exception {
        return mvc.perform(multipart(path).file(fixture(fixture)).with(user(RegistryTestData.admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockMultipartFile fixture(String name) throws IOException {
        try (InputStream in = CalcFilesIntegrationTests.class.getResourceAsStream("/fixtures/imports/" + name)) {
            return new MockMultipartFile("file", name, "application/octet-stream", in.readAllBytes());
        }
    }

    private List<String> partiesNamed(String name) {
        return jdbc.sql("select region_code || '|' || industry_code from entities.party where name = ?").param(name)
                .query(String.class).list();
    }
}
