package org.fazhi.disputes.litigation;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 府院联动 pages: recording a meeting and its issues, the agency resolving its own, problems shown in Chinese
 * beside the fields with what was typed kept, the meetings list's filters and export, the issues list, and refusals
 * by role and scope.
 */
@FazhiIntegrationTest
class CourtLinkPagesIntegrationTests {

    private static final String PAGES = "/disputes/court-links";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired CourtLinkRepository repository;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void theBureauRecordsAMeetingWithAnIssueThatTheAgencyResolves() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("联动页面局").id();
        SignedInUser legalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, agency);
        page(get(PAGES + "/new"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"court-link-form\"")));
        page(post(PAGES).param("heldOn", t.toString()).param("topics", "通报败诉案件"), bureau)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写参加会议的单位和人员")))
                .andExpect(content().string(containsString("通报败诉案件")));
        page(post(PAGES).param("heldOn", t.plusDays(1).toString()).param("participants", "县法院")
                .param("topics", "议题"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("会议日期不能晚于今天")));
        page(post(PAGES).param("heldOn", "去年").param("participants", "县法院").param("topics", "议题"), bureau)
                .andExpect(status().isOk()).andExpect(content().string(containsString("会议日期格式应为")));
        String path = held(t.minusDays(1), "研究行政争议化解" + RegistryTestData.suffix());

        page(post(path + "/issues").param("issue", "征收补偿争议集中"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本县的责任单位")))
                .andExpect(content().string(containsString("请填写化解期限")))
                .andExpect(content().string(containsString("征收补偿争议集中")));
        page(post(path + "/issues").param("issue", "征收补偿争议集中").param("agencyId", Long.toString(agency))
                .param("dueOn", t.plusDays(20).toString()), bureau).andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("flash", "已列入重点问题"));
        long issue = issueOf(path);
        String resolve = path + "/issues/" + issue + "/resolved";

        page(get(path), legalOffice).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-standing=\"OPEN\"")))
                .andExpect(content().string(containsString("id=\"resolve-" + issue + "\"")))
                .andExpect(content().string(not(containsString("id=\"issue-form\""))));
        page(get(PAGES + "/issues"), legalOffice).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-issue=\"" + issue + "\" data-standing=\"OPEN\"")))
                .andExpect(content().string(containsString(path + "#issue-" + issue)));
        page(post(resolve).param("on", t.toString()).param("resolution", " "), legalOffice)
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写化解情况")));
        page(post(resolve).param("on", t.plusDays(2).toString()).param("resolution", "逐户协商化解3起"), legalOffice)
                .andExpect(status().isOk()).andExpect(content().string(containsString("化解日期不能晚于今天")))
                .andExpect(content().string(containsString("value=\"逐户协商化解3起\"")));
        page(post(resolve).param("on", t.toString()).param("resolution", "逐户协商化解3起"), legalOffice)
                .andExpect(redirectedUrl(path)).andExpect(flash().attribute("flash", "已登记问题化解情况"));
        assertThat(repository.issue(issue).orElseThrow().resolvedOn()).isEqualTo(t);
        page(post(resolve).param("resolution", "再次"), bureau)
                .andExpect(flash().attribute("flashError", containsString("不能重复登记")));
        page(get(path), bureau).andExpect(content().string(containsString("data-standing=\"RESOLVED\"")))
                .andExpect(content().string(containsString("逐户协商化解3起")))
                .andExpect(content().string(not(containsString("id=\"resolve-" + issue + "\""))));
    }

    @Test
    void theListFiltersAndExportsWhileOthersAreRefused() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("联动列表局").id();
        String topics = "府院联动列表" + RegistryTestData.suffix();
        String path = held(t.minusDays(3), topics);
        long meeting = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        page(post(path + "/issues").param("issue", "出庭应诉率偏低").param("agencyId", Long.toString(agency))
                .param("dueOn", t.minusDays(1).toString()), bureau).andExpect(redirectedUrl(path));

        page(get(PAGES + "?q=" + topics + "&year=" + t.minusDays(3).getYear() + "&from=" + t.minusDays(3)
                + "&to=" + t), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-meeting=\"" + meeting + "\"")));
        page(get(PAGES + "?q=" + topics + "&from=" + t.minusDays(2)), bureau)
                .andExpect(content().string(not(containsString("data-meeting=\"" + meeting + "\""))));
        byte[] xlsx = page(get(PAGES + "/export?q=出庭应诉率偏低&to=" + t.minusDays(3)), bureau)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("会议日期");
            int row = rowOf(sheet, topics);
            assertThat(sheet.getRow(row).getCell(3).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getRow(row).getCell(5).getStringCellValue()).isEqualTo("1");
        }

        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_023, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);
        long issue = issueOf(path);
        page(get(path), otherAgency).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-issue=\"" + issue + "\""))));
        page(get(PAGES + "/issues"), bureau)
                .andExpect(content().string(containsString("data-issue=\"" + issue + "\" data-standing=\"OVERDUE\"")));
        page(get(PAGES + "/issues"), otherAgency).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-issue=\"" + issue + "\""))));
        page(get(PAGES + "/issues"), RegistryTestData.user(Role.OFFICER, agency)).andExpect(status().isForbidden());
        page(post(path + "/issues/" + issue + "/resolved").param("resolution", "x"), otherAgency)
                .andExpect(status().isNotFound());
        page(post(path + "/issues/" + issue + "/resolved").param("resolution", "x"), RegistryTestData.leader())
                .andExpect(status().isForbidden());
        page(get(path), otherCounty).andExpect(status().isNotFound());
        page(post(path + "/issues").param("issue", "x"), otherCounty).andExpect(status().isNotFound());
        page(get(PAGES + "?q=" + topics), otherCounty)
                .andExpect(content().string(not(containsString("data-meeting=\"" + meeting + "\""))));
        page(get(PAGES), RegistryTestData.user(Role.OFFICER, agency)).andExpect(status().isForbidden());
        page(get(PAGES + "/export"), RegistryTestData.enterprise(1)).andExpect(status().isForbidden());
        page(get(PAGES + "/new"), RegistryTestData.user(Role.AGENCY_ADMIN, agency)).andExpect(status().isForbidden());
        page(post(PAGES).param("heldOn", "x"), RegistryTestData.leader()).andExpect(status().isForbidden());
        page(post(path + "/issues").param("issue", "x"), RegistryTestData.user(Role.AGENCY_ADMIN, agency))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGES)).andExpect(status().is3xxRedirection());
    }

    String held(LocalDate on, String topics) throws Exception {
        return Objects.requireNonNull(page(post(PAGES).param("heldOn", on.toString())
                        .param("participants", "县政府、县人民法院、县司法局").param("topics", topics), bureau)
                .andExpect(redirectedUrlPattern(PAGES + "/*"))
                .andExpect(flash().attribute("flash", containsString("府院联动会议")))
                .andReturn().getResponse().getRedirectedUrl());
    }

    long issueOf(String path) {
        long meeting = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        return repository.issuesOf(meeting, bureau.scope()).get(0).id();
    }

    static int rowOf(XSSFSheet sheet, String topics) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (topics.equals(sheet.getRow(r).getCell(2).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row with topics " + topics);
    }

    ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
