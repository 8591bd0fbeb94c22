package org.fazhi.disputes.litigation;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The suggestions list's export: the year's suggestions in the user's scope, with how each reply stands. */
@FazhiIntegrationTest
class SuggestionExportIntegrationTests {

    private static final String PAGES = "/disputes/suggestions";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void theExportHoldsTheYearsSuggestionsInScopeWithTheirReplies() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("建议导出局").id();
        String replied = "规范执法案卷归档" + RegistryTestData.suffix();
        String overdue = "加强罚没财物管理" + RegistryTestData.suffix();
        long id = received(agency, replied, t.minusDays(10), t.minusDays(1));
        received(agency, overdue, t.minusDays(10), t.minusDays(1));
        page(post(PAGES + "/" + id + "/reply").param("on", t.minusDays(2).toString()).param("reply", "已整改"), bureau)
                .andExpect(flash().attribute("flash", "已登记办复"));
        page(get(PAGES + "?year=" + t.minusDays(10).getYear()), RegistryTestData.leader())
                .andExpect(content().string(containsString("id=\"suggestion-export\"")));

        try (XSSFWorkbook book = export(RegistryTestData.user(Role.AGENCY_ADMIN, agency), t.minusDays(10).getYear())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("类别");
            int row = rowOf(sheet, replied);
            assertThat(row).isPositive();
            XSSFRow first = sheet.getRow(row);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("司法建议");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("已整改");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("按期办复");
            assertThat(sheet.getRow(rowOf(sheet, overdue)).getCell(8).getStringCellValue()).isEqualTo("逾期未办复");
        }
        SignedInUser otherCounty = new SignedInUser(990_024, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);
        for (SignedInUser outside : new SignedInUser[] {otherCounty,
                RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000)}) {
            try (XSSFWorkbook book = export(outside, t.minusDays(10).getYear())) {
                assertThat(rowOf(book.getSheetAt(0), replied)).isEqualTo(-1);
            }
        }
        page(get(PAGES + "/export"), RegistryTestData.user(Role.OFFICER, agency)).andExpect(status().isForbidden());
        page(get(PAGES + "/export"), RegistryTestData.enterprise(1)).andExpect(status().isForbidden());
        page(get(PAGES + "/export?year=去年"), bureau).andExpect(status().isBadRequest());
    }

    long received(long agency, String content, LocalDate on, LocalDate due) throws Exception {
        page(post(PAGES).param("kind", "JUDICIAL").param("issuer", "郏县人民法院").param("agencyId", Long.toString(agency))
                .param("receivedOn", on.toString()).param("replyDueOn", due.toString()).param("content", content), bureau)
                .andExpect(flash().attribute("flash", "已登记收到的建议"));
        return jdbc.sql("select id from disputes.judicial_suggestion where content = ?").param(content)
                .query(Long.class).single();
    }

    XSSFWorkbook export(SignedInUser caller, int year) throws Exception {
        byte[] xlsx = page(get(PAGES + "/export?year=" + year), caller).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The row whose content is this, or -1. */
    static int rowOf(XSSFSheet sheet, String content) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (content.equals(sheet.getRow(r).getCell(5).getStringCellValue())) {
                return r;
            }
        }
        return -1;
    }

    ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
