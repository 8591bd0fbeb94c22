package org.fazhi.disputes.litigation;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 府院联动 issue revised by the followers (page and API, audited, refusals in Chinese with nothing written, other
 * roles and scopes refused), and the issues list's filters, pages and export, with the API's list filtered and paged
 * alike, on the real database.
 */
@FazhiIntegrationTest
class CourtLinkIssueIntegrationTests {

    private static final String PAGES = "/disputes/court-links";
    private static final String API = "/api/v1/disputes/court-links";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired CourtLinkRepository repository;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void theBureauRevisesAnOpenIssueOnItsPageAndThroughTheApi() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("问题修改局").id();
        long other = registry.agency("问题接手局").id();
        long meeting = meeting(t.minusDays(1));
        long issue = issue(meeting, "征收补偿争议", agency, t.plusDays(10));
        String edit = PAGES + "/issues/" + issue;

        call(get(edit + "/edit"), bureau, null).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"issue-revision-form\"")))
                .andExpect(content().string(containsString("征收补偿争议")))
                .andExpect(content().string(containsString("value=\"" + t.plusDays(10) + "\"")));
        call(post(edit).param("issue", "征收补偿协议履行争议").param("agencyId", Long.toString(other))
                .param("dueOn", t.plusDays(20).toString()).param("version", "0"), bureau)
                .andExpect(redirectedUrl(PAGES + "/" + meeting + "#issue-" + issue))
                .andExpect(flash().attribute("flash", "已修改重点问题"));
        CourtLinkIssue revised = repository.issue(issue).orElseThrow();
        assertThat(revised.issue()).isEqualTo("征收补偿协议履行争议");
        assertThat(revised.agencyId()).isEqualTo(other);
        assertThat(revised.dueOn()).isEqualTo(t.plusDays(20));
        assertThat(revised.version()).isOne();
        assertThat(audited(issue)).isEqualTo("issue,agencyId,dueOn");

        call(put(API + "/issues/" + issue), bureau, revision("征收补偿协议履行争议", other, t.plusDays(25), 1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dueOn").value(t.plusDays(25).toString()))
                .andExpect(jsonPath("$.version").value(2));
        assertThat(audited(issue)).isEqualTo("dueOn");
        call(put(API + "/issues/" + issue), bureau, revision("征收补偿协议履行争议", other, t.plusDays(30), 1))
                .andExpect(status().isConflict());
        assertThat(repository.issue(issue).orElseThrow().dueOn()).isEqualTo(t.plusDays(25));
        call(get(PAGES + "/" + meeting), bureau)
                .andExpect(content().string(containsString("id=\"revise-" + issue + "\"")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/disputes/court-links/issues/{id}'].put.summary",
                        containsString("修改未化解的重点问题")));
    }

    @Test
    void aRefusedRevisionComesBackWithWhatWasTypedAndWritesNothing() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("问题退回局").id();
        long issue = issue(null, "行政协议纠纷多发", agency, t.plusDays(10));
        String edit = PAGES + "/issues/" + issue;

        call(post(edit).param("issue", "行政协议纠纷多发且集中").param("agencyId", "").param("dueOn", "")
                .param("version", "0"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本县的责任单位")))
                .andExpect(content().string(containsString("请填写化解期限")))
                .andExpect(content().string(containsString("行政协议纠纷多发且集中")));
        call(post(edit).param("issue", " ").param("agencyId", Long.toString(agency)).param("dueOn", "下月")
                .param("version", "0"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("化解期限格式应为")));
        call(put(API + "/issues/" + issue), bureau, "{\"issue\": \"\", \"agencyId\": " + agency + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("请填写问题"))))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dueOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("version")));
        CourtLinkIssue unchanged = repository.issue(issue).orElseThrow();
        assertThat(unchanged.issue()).isEqualTo("行政协议纠纷多发");
        assertThat(unchanged.dueOn()).isEqualTo(t.plusDays(10));
        assertThat(unchanged.version()).isZero();
        assertThat(audited(issue)).isNull();

        call(post(API + "/issues/" + issue + "/resolved"), bureau, "{\"resolution\": \"已化解\"}")
                .andExpect(status().isOk());
        call(put(API + "/issues/" + issue), bureau, revision("再改", agency, t.plusDays(5), 1))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("不能再修改")));
        call(post(edit).param("issue", "再改").param("agencyId", Long.toString(agency))
                .param("dueOn", t.plusDays(5).toString()).param("version", "1"), bureau)
                .andExpect(redirectedUrl(PAGES + "/issues"))
                .andExpect(flash().attribute("flashError", containsString("不能再修改")));
        assertThat(repository.issue(issue).orElseThrow().issue()).isEqualTo("行政协议纠纷多发");
    }

    @Test
    void onlyTheFollowersOfTheCountyMayReviseAnIssue() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("问题权限局").id();
        long issue = issue(null, "败诉案件整改不到位", agency, t.plusDays(10));
        String edit = PAGES + "/issues/" + issue;
        String body = revision("改", agency, t.plusDays(5), 0);
        SignedInUser legalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, agency);
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_025, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);

        call(get(edit + "/edit"), legalOffice, null).andExpect(status().isForbidden());
        call(post(edit).param("issue", "改").param("version", "0"), legalOffice).andExpect(status().isForbidden());
        call(put(API + "/issues/" + issue), legalOffice, body).andExpect(status().isForbidden());
        call(get(edit + "/edit"), RegistryTestData.leader(), null).andExpect(status().isForbidden());
        call(put(API + "/issues/" + issue), RegistryTestData.leader(), body).andExpect(status().isForbidden());
        call(put(API + "/issues/" + issue), RegistryTestData.user(Role.OFFICER, agency), body)
                .andExpect(status().isForbidden());
        call(get(edit + "/edit"), otherAgency, null).andExpect(status().isNotFound());
        call(put(API + "/issues/" + issue), otherAgency, body).andExpect(status().isNotFound());
        call(get(edit + "/edit"), otherCounty, null).andExpect(status().isNotFound());
        call(post(edit).param("issue", "改").param("dueOn", "x"), otherCounty).andExpect(status().isNotFound());
        call(put(API + "/issues/" + issue), otherCounty, body).andExpect(status().isNotFound());
        call(get(PAGES + "/issues?agencyId=" + agency), legalOffice).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-issue=\"" + issue + "\"")))
                .andExpect(content().string(not(containsString("id=\"revise-" + issue + "\""))));
        assertThat(repository.issue(issue).orElseThrow().version()).isZero();
    }

    @Test
    void theIssuesListFiltersPagesAndExports() throws Exception {
        LocalDate t = LocalDate.now(clock);
        Listed listed = twentyTwoIssues("问题清单局");
        long agency = listed.agency();
        String mark = listed.mark();
        long meeting = listed.meeting();
        long overdue = listed.overdue();
        long resolved = listed.resolved();
        List<Long> open = listed.open();
        String list = PAGES + "/issues?agencyId=" + agency;

        call(get(list), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(content().string(containsString("共 22 条，第 1/2 页")))
                .andExpect(content().string(containsString("data-issue=\"" + overdue + "\" data-standing=\"OVERDUE\"")))
                .andExpect(content().string(not(containsString("data-issue=\"" + resolved + "\""))));
        call(get(list + "&page=2"), RegistryTestData.leader())
                .andExpect(content().string(containsString("data-issue=\"" + resolved + "\"")));
        call(get(list + "&standing=RESOLVED"), bureau)
                .andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString("data-issue=\"" + resolved + "\"")));
        call(get(list + "&standing=OVERDUE"), bureau)
                .andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString("data-issue=\"" + overdue + "\"")));
        call(get(list + "&standing=OPEN"), bureau).andExpect(content().string(containsString("共 21 条")));
        call(get(list + "&meetingId=" + meeting), bureau).andExpect(content().string(containsString("共 2 条")));
        call(get(PAGES + "/issues?q=协调化解" + mark), bureau).andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString("data-issue=\"" + resolved + "\"")));
        call(get(PAGES + "/issues?q=会外问题" + mark + "-1"), bureau)
                .andExpect(content().string(containsString("data-issue=\"" + open.get(1) + "\"")))
                .andExpect(content().string(containsString("id=\"revise-" + open.get(1) + "\"")));
        call(get(PAGES + "/issues?standing=SOMETIMES"), bureau).andExpect(status().isBadRequest());

        byte[] xlsx = call(get(PAGES + "/issues/export?agencyId=" + agency + "&meetingId=" + meeting), bureau)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("问题");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("逾期问题" + mark);
            assertThat(first.getCell(1).getStringCellValue()).startsWith("问题清单局");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("逾期未化解");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo(t.minusDays(2).toString());
            Row second = sheet.getRow(2);
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("已化解");
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("协调化解" + mark);
        }
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000);
        byte[] outside = call(get(PAGES + "/issues/export?q=" + mark), otherAgency).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(outside))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
        call(get(PAGES + "/issues/export"), RegistryTestData.user(Role.OFFICER, agency))
                .andExpect(status().isForbidden());
    }

    @Test
    void theIssuesApiFiltersAndPagesExactlyAsTheList() throws Exception {
        Listed listed = twentyTwoIssues("问题接口局");
        String mark = listed.mark();
        String byAgency = "agencyId=" + listed.agency();

        for (String filters : List.of(byAgency, byAgency + "&standing=OPEN", byAgency + "&standing=OVERDUE",
                byAgency + "&standing=RESOLVED", byAgency + "&meetingId=" + listed.meeting(), "q=协调化解" + mark,
                "q=会外问题" + mark + "-1", byAgency + "&standing=OVERDUE&meetingId=" + listed.meeting())) {
            int total = JsonPath.read(call(get(API + "/issues?" + filters), bureau).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(), "$.total");
            call(get(PAGES + "/issues?" + filters), bureau)
                    .andExpect(content().string(containsString("共 " + total + " 条")));
        }
        call(get(API + "/issues?" + byAgency), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(22)).andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.size").value(20)).andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.items[0].id").value((int) listed.overdue()))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) listed.resolved()))));
        call(get(API + "/issues?" + byAgency + "&page=2"), bureau)
                .andExpect(jsonPath("$.number").value(2)).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[1].id").value((int) listed.resolved()));
        call(get(API + "/issues?" + byAgency + "&page=3&size=5"), bureau)
                .andExpect(jsonPath("$.total").value(22)).andExpect(jsonPath("$.number").value(3))
                .andExpect(jsonPath("$.size").value(5)).andExpect(jsonPath("$.items.length()").value(5));
        call(get(API + "/issues?" + byAgency + "&standing=RESOLVED"), bureau)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value((int) listed.resolved()));
        call(get(API + "/issues?" + byAgency + "&standing=OVERDUE"), bureau)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value((int) listed.overdue()));
        call(get(API + "/issues?" + byAgency + "&standing=OPEN"), bureau).andExpect(jsonPath("$.total").value(21));
        call(get(API + "/issues?" + byAgency + "&meetingId=" + listed.meeting()), bureau)
                .andExpect(jsonPath("$.total").value(2));
        // out-of-range paging is clamped, as on every list (Paging): page 0 is the first page
        call(get(API + "/issues?" + byAgency + "&page=0"), bureau)
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value(1));

        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, listed.agency() + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_026, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);
        call(get(API + "/issues?q=" + mark), RegistryTestData.user(Role.AGENCY_ADMIN, listed.agency()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(22));
        call(get(API + "/issues?q=" + mark), otherAgency).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        call(get(API + "/issues?q=" + mark + "&" + byAgency), otherCounty).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        call(get(API + "/issues?" + byAgency), RegistryTestData.user(Role.OFFICER, listed.agency()))
                .andExpect(status().isForbidden());

        for (String bad : List.of("standing=SOMETIMES", "meetingId=第一次", "agencyId=x", "page=abc", "size=十")) {
            call(get(API + "/issues?" + bad), bureau).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(bad.substring(0, bad.indexOf('='))))
                    .andExpect(jsonPath("$.errors[0].message").value("格式不正确"));
        }
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/disputes/court-links/issues'].get.parameters[*].name",
                        containsInAnyOrder("standing", "meetingId", "agencyId", "q", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/disputes/court-links/issues'].get.summary",
                        containsString("逾期未化解")));
    }

    /** An agency's 22 issues, each marked: at a meeting one overdue and one resolved, 20 open between meetings. */
    record Listed(long agency, String mark, long meeting, long overdue, long resolved, List<Long> open) {
    }

    Listed twentyTwoIssues(String agencyName) throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency(agencyName).id();
        String mark = RegistryTestData.suffix();
        long meeting = meeting(t.minusDays(2));
        long overdue = issue(meeting, "逾期问题" + mark, agency, t.minusDays(1));
        long resolved = issue(meeting, "化解问题" + mark, agency, t.plusDays(3));
        call(post(API + "/issues/" + resolved + "/resolved"), bureau, "{\"resolution\": \"协调化解" + mark + "\"}")
                .andExpect(status().isOk());
        List<Long> open = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            open.add(issue(null, "会外问题" + mark + "-" + n, agency, t.plusDays(10 + n)));
        }
        return new Listed(agency, mark, meeting, overdue, resolved, open);
    }

    long meeting(LocalDate on) throws Exception {
        return SuggestionsAndCourtLinksIntegrationTests.id(call(post(API + "/meetings"), bureau, "{\"heldOn\": \""
                + on + "\", \"participants\": \"县政府、县法院\", \"topics\": \"行政争议化解\"}")
                .andExpect(status().isCreated()));
    }

    long issue(@Nullable Long meeting, String issue, long agency, LocalDate due) throws Exception {
        return SuggestionsAndCourtLinksIntegrationTests.id(call(post(API + "/issues"), bureau, "{\"meetingId\": "
                + meeting + ", \"issue\": \"" + issue + "\", \"agencyId\": " + agency + ", \"dueOn\": \"" + due
                + "\"}").andExpect(status().isCreated()));
    }

    static String revision(String issue, long agency, LocalDate due, int version) {
        return "{\"issue\": \"%s\", \"agencyId\": %d, \"dueOn\": \"%s\", \"version\": %d}"
                .formatted(issue, agency, due, version);
    }

    /** The fields of the issue's last update in the audit trail, or null if it was never updated. */
    @Nullable String audited(long issue) {
        return jdbc.sql("select changed_fields from audit.entry where record_type = ? and record_id = ? "
                        + "and event_type = 'DATA_UPDATED' order by id desc limit 1")
                .params(CourtLinkRepository.RECORD_TYPE, String.valueOf(issue)).query(String.class).optional()
                .orElse(null);
    }

    ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return call(request, caller, null);
    }

    ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String json)
            throws Exception {
        return SuggestionsAndCourtLinksIntegrationTests.send(mvc, request, caller, json);
    }
}
