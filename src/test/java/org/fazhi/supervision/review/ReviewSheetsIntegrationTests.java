package org.fazhi.supervision.review;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The campaigns list and one campaign's files as .xlsx, opened with POI: the list's filters apply, the files carry
 * their reviewers, totals, average, spread and excellent mark; the same roles and scope as the pages (another
 * county's supervisor gets no row and no campaign, an agency only its own files).
 */
@FazhiIntegrationTest
class ReviewSheetsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ReviewTestData data;
    @Autowired FileReviews reviews;
    @Autowired RegistryTestData registry;

    private final SignedInUser supervisor = RegistryTestData.supervisor();
    private final SignedInUser otherCounty = new SignedInUser(990_002, "sv-410421-x", "他县监督", Role.SUPERVISOR,
            RegionCode.of("410421"), null, null, true, false, false, null);

    @Test
    void exportsTheCampaignsListWithItsFilters() throws Exception {
        String name = "导出评查" + RegistryTestData.suffix();
        long drawn = data.drawn(name + "甲");
        data.announced(name + "乙");

        List<List<String>> rows = rows(get("/supervision/reviews/export").param("text", name)
                .param("state", "DRAWN").with(user(supervisor)));
        assertThat(rows.get(0)).startsWith("活动编号", "活动名称", "年度", "结案期间起", "结案期间止", "状态");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo(name + "甲");
        assertThat(rows.get(1).get(5)).isEqualTo("评查中");
        assertThat(rows.get(1).get(10)).as("the public value entered").isEqualTo("40417362");
        assertThat(rows.get(1).get(0)).startsWith("PC-410425-");

        assertThat(rows(get("/supervision/reviews/export").param("text", name).with(user(supervisor))))
                .extracting(row -> row.get(1)).containsExactlyInAnyOrder("活动名称", name + "甲", name + "乙");
        assertThat(rows(get("/supervision/reviews/export").param("text", name).with(user(otherCounty))))
                .as("another county's supervisor: the header only").hasSize(1);
        mvc.perform(get("/supervision/reviews/" + drawn + "/export").with(user(otherCounty)))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportsACampaignsFilesWithTheirScores() throws Exception {
        long id = data.drawn("评分导出" + RegistryTestData.suffix());
        FileReviews.FileView file = reviews.files(supervisor, id).get(0);
        Agency outside = registry.agency("导出评查局");
        SignedInUser first = data.reviewer(outside, "导出评查员甲");
        SignedInUser second = data.reviewer(outside, "导出评查员乙");
        data.assign(id, file.file().id(), first);
        data.assign(id, file.file().id(), second);
        reviews.score(first, file.file().id(), data.score("none", List.of()));
        reviews.score(second, file.file().id(), data.score("P1", List.of(new ScoreForm.FoundProblem("P1",
                "立案审批表缺少负责人签字"))));

        try (XSSFWorkbook book = book(get("/supervision/reviews/" + id + "/export").with(user(supervisor)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(reviews.files(supervisor, id).size());
            assertScores(rowOf(sheet, file.file().caseCode()), file.file().position());
        }
    }

    private void assertScores(Row row, int position) {
        int full = data.fullMarks();
        int lost = data.pointsOf("P1");
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(position);
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("导出评查员甲、导出评查员乙");
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2);
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2);
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo(full + ".0、" + (full - lost) + ".0");
        assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(7).getNumericCellValue()).as("the average").isEqualTo(full - lost / 2.0);
        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(lost);
        assertThat(row.getCell(10).getStringCellValue()).isEqualTo("优秀案卷");
        assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(1);
        assertThat(row.getCell(12).getStringCellValue()).isEqualTo("立案审批表缺少负责人签字");
    }

    @Test
    void anAgencyExportsOnlyItsOwnFilesAndOthersAreRefused() throws Exception {
        long id = data.drawn("范围导出" + RegistryTestData.suffix());
        List<FileReviews.FileView> files = reviews.files(supervisor, id);
        long agency = files.get(0).file().agencyId();
        List<String> own = files.stream().filter(f -> f.file().agencyId() == agency)
                .map(f -> f.file().caseCode()).toList();
        assertThat(own).hasSizeLessThan(files.size());

        List<List<String>> rows = rows(get("/supervision/reviews/" + id + "/export")
                .with(user(RegistryTestData.user(Role.AGENCY_ADMIN, agency))));
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1)).containsExactlyInAnyOrderElementsOf(own);

        mvc.perform(get("/supervision/reviews/" + id + "/export")
                .with(user(RegistryTestData.agencyAdmin(registry.agency("无关导出局")))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/supervision/reviews/export").with(user(RegistryTestData.enterprise(1))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/reviews/" + id + "/export")).andExpect(status().is3xxRedirection());
    }

    private List<List<String>> rows(MockHttpServletRequestBuilder request) throws Exception {
        try (XSSFWorkbook book = book(request)) {
            return rows(book.getSheetAt(0));
        }
    }

    private XSSFWorkbook book(MockHttpServletRequestBuilder request) throws Exception {
        byte[] xlsx = mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, ReviewSheets.CONTENT_TYPE))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static Row rowOf(Sheet sheet, String caseCode) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && caseCode.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + caseCode);
    }

    /** Every row's cells as text (numbers as POI formats them), the header first. */
    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
