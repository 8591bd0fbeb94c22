package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Judicial and procuratorial suggestions (reply due, replies, 按期办复率 counted by hand, refusals, the page) and the
 * 府院联动 meetings and issues list (resolution, refusals), on the real database; and the demo county's.
 */
@FazhiIntegrationTest
class SuggestionsAndCourtLinksIntegrationTests {

    static final String API = "/api/v1/disputes/suggestions";
    static final String LINKS = "/api/v1/disputes/court-links";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired List<Indicator> indicators;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Value("${fazhi.region-code}") String demoCounty;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void repliesByTheAgencyAddressedAndTheOnTimeRate() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("建议办复局").id();
        SignedInUser legalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, agency);
        long onTime = received(agency, t.minusDays(40), t.minusDays(10));
        long late = received(agency, t.minusDays(40), t.minusDays(20));
        long open = received(agency, t.minusDays(40), t.minusDays(5));
        long defaulted = received(agency, t.minusDays(3), null);

        call(get(API + "/" + defaulted), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.replyDueOn").value(t.minusDays(3).plusDays(60).toString()));
        call(post(API + "/" + onTime + "/reply"), legalOffice, "{\"on\": \"" + t.minusDays(12)
                + "\", \"reply\": \"已整改\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.repliedOnTime").value(true));
        call(post(API + "/" + late + "/reply"), bureau, "{\"on\": \"" + t.minusDays(15) + "\", \"reply\": \"已整改\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.repliedOnTime").value(false));
        call(post(API + "/" + late + "/reply"), bureau, "{\"reply\": \"再次\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("已于")));
        call(post(API + "/" + open + "/reply"), legalOffice, "{\"reply\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("办复情况")));

        // Due within the last 30 days: onTime (replied by its day), late (replied after), open (not replied).
        Figure rate = indicators.stream().filter(i -> i.code().equals("ON_TIME_REPLY_RATE")).findFirst()
                .orElseThrow().measure(bureau.region(), new Period(t.minusDays(30), t)).byAgency().stream()
                .filter(f -> f.agencyId() == agency).findFirst().orElseThrow().figure();
        assertThat(rate.numerator() + "/" + rate.denominator()).isEqualTo("1/3");
        call(get(API + "?year=" + t.minusDays(3).getYear()), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) defaulted)));
        mvc.perform(get("/disputes/suggestions").with(user(legalOffice))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-suggestion=\"" + defaulted + "\"")))
                .andExpect(content().string(containsString("id=\"replied-" + defaulted + "\"")))
                .andExpect(content().string(not(containsString("id=\"suggestion-form\""))));
        mvc.perform(post("/disputes/suggestions").with(user(bureau)).with(csrf()).param("kind", "JUDICIAL")
                        .param("agencyId", Long.toString(agency)).param("content", "规范听证告知的建议"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写提出建议的法院或检察院")))
                .andExpect(content().string(containsString("规范听证告知的建议")));
        mvc.perform(post("/disputes/suggestions").with(user(bureau)).with(csrf()).param("kind", "JUDICIAL")
                        .param("issuer", "郏县人民法院").param("agencyId", Long.toString(agency))
                        .param("receivedOn", "昨天").param("content", "建议"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("收到日期格式应为")));
        mvc.perform(post("/disputes/suggestions").with(user(RegistryTestData.leader())).with(csrf())
                .param("receivedOn", "昨天")).andExpect(status().isForbidden());
        mvc.perform(post("/disputes/suggestions/" + defaulted + "/reply").with(user(bureau)).with(csrf())
                .param("reply", "已落实")).andExpect(flash().attribute("flash", "已登记办复"));
    }

    @Test
    void aRefusedReplyComesBackWithWhatWasTypedAndEachProblemBesideItsField() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("建议答复局").id();
        SignedInUser legalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, agency);
        long id = received(agency, t.minusDays(5), null);
        String reply = "/disputes/suggestions/" + id + "/reply";

        mvc.perform(post(reply).with(user(legalOffice)).with(csrf()).param("on", t.toString()).param("reply", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写办复情况")))
                .andExpect(content().string(containsString("id=\"replied-" + id + "\"")))
                .andExpect(content().string(containsString("value=\"" + t + "\"")));
        mvc.perform(post(reply).with(user(legalOffice)).with(csrf()).param("on", t.plusDays(2).toString())
                        .param("reply", "已约谈整改责任人"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期不能晚于今天")))
                .andExpect(content().string(containsString("value=\"已约谈整改责任人\"")))
                .andExpect(content().string(containsString("id=\"reply-" + id + "\"")));
        mvc.perform(post(reply).with(user(bureau)).with(csrf()).param("on", "昨天").param("reply", "已建立听证台账"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("办复日期格式应为")))
                .andExpect(content().string(containsString("value=\"已建立听证台账\"")));
        mvc.perform(post(reply).with(user(bureau)).with(csrf()).param("on", t.minusDays(6).toString())
                        .param("reply", "已建立听证台账"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办复日期不能早于收到日期 " + t.minusDays(5))));
        assertThat(jdbc.sql("select count(*) from disputes.judicial_suggestion where id = ? and reply is null")
                .param(id).query(Long.class).single()).isOne();
        mvc.perform(post(reply).with(user(RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000))).with(csrf())
                .param("on", "昨天")).andExpect(status().isNotFound());

        mvc.perform(post(reply).with(user(legalOffice)).with(csrf()).param("on", t.toString())
                        .param("reply", "已约谈整改责任人"))
                .andExpect(flash().attribute("flash", "已登记办复"));
        mvc.perform(post(reply).with(user(bureau)).with(csrf()).param("reply", "再次"))
                .andExpect(flash().attribute("flashError", containsString("不能重复登记")));
    }

    @Test
    void othersAreRefusedSuggestionsAndIssues() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("建议范围局").id();
        long id = received(agency, t.minusDays(2), null);
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_022, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);

        call(get(API + "/" + id), RegistryTestData.user(Role.OFFICER, agency), null).andExpect(status().isForbidden());
        call(get(API + "/" + id), RegistryTestData.enterprise(1), null).andExpect(status().isForbidden());
        call(get(API + "/" + id), otherAgency, null).andExpect(status().isNotFound());
        call(post(API + "/" + id + "/reply"), otherAgency, "{\"reply\": \"x\"}").andExpect(status().isNotFound());
        call(get(API + "/" + id), otherCounty, null).andExpect(status().isNotFound());
        call(post(API + "/" + id + "/reply"), RegistryTestData.leader(), "{\"reply\": \"x\"}")
                .andExpect(status().isForbidden());
        call(post(API), RegistryTestData.user(Role.AGENCY_ADMIN, agency), suggestion(agency, t, null))
                .andExpect(status().isForbidden());
        call(get(API + "/" + id), RegistryTestData.leader(), null).andExpect(status().isOk());

        long issue = id(call(post(LINKS + "/issues"), bureau, "{\"issue\": \"出庭应诉率偏低\", \"agencyId\": " + agency
                + ", \"dueOn\": \"" + t.plusDays(30) + "\"}").andExpect(status().isCreated()));
        call(post(LINKS + "/issues/" + issue + "/resolved"), otherAgency, "{\"resolution\": \"x\"}")
                .andExpect(status().isNotFound());
        call(post(LINKS + "/issues/" + issue + "/resolved"), RegistryTestData.leader(), "{\"resolution\": \"x\"}")
                .andExpect(status().isForbidden());
        call(post(LINKS + "/meetings"), RegistryTestData.user(Role.AGENCY_ADMIN, agency), "{}")
                .andExpect(status().isForbidden());
        call(get(LINKS + "/issues"), otherAgency, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) issue))));
        call(get(LINKS + "/issues"), RegistryTestData.user(Role.OFFICER, agency), null)
                .andExpect(status().isForbidden());
    }

    @Test
    void aMeetingListsIssuesThatTheAgencyResolves() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long agency = registry.agency("府院联动局").id();
        SignedInUser legalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, agency);
        call(post(LINKS + "/meetings"), bureau, "{\"heldOn\": \"" + t + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("participants")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("topics")));
        long meeting = id(call(post(LINKS + "/meetings"), bureau, "{\"heldOn\": \"" + t.minusDays(1)
                + "\", \"participants\": \"县政府、县法院\", \"topics\": \"败诉案件整改\"}")
                .andExpect(status().isCreated()));
        call(get(LINKS + "/meetings?year=" + t.minusDays(1).getYear()), RegistryTestData.leader(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(hasItem((int) meeting)));
        call(post(LINKS + "/issues"), bureau, "{\"meetingId\": " + meeting + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("agencyId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("化解期限"))));
        long issue = id(call(post(LINKS + "/issues"), bureau, "{\"meetingId\": " + meeting
                + ", \"issue\": \"征收补偿争议\", \"agencyId\": " + agency + ", \"dueOn\": \"" + t.plusDays(10) + "\"}")
                .andExpect(status().isCreated()));
        call(post(LINKS + "/issues/" + issue + "/resolved"), legalOffice, "{\"resolution\": \"已化解3起\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.resolvedOn").value(t.toString()));
        call(post(LINKS + "/issues/" + issue + "/resolved"), bureau, "{\"resolution\": \"再次\"}")
                .andExpect(status().isUnprocessableContent());
        call(get(LINKS + "/issues"), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) issue)));
    }

    @Test
    void theDemoCountyHasFourSuggestionsAndAMeeting() {
        assertThat(jdbc.sql("select count(*) from disputes.judicial_suggestion where region_code = ?")
                .param(demoCounty).query(Long.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from disputes.court_link_issue where region_code = ? "
                + "and resolved_on is not null").param(demoCounty).query(Long.class).single()).isPositive();
    }

    long received(long agency, LocalDate on, @Nullable LocalDate due) throws Exception {
        return id(call(post(API), bureau, suggestion(agency, on, due)).andExpect(status().isCreated()));
    }

    static String suggestion(long agency, LocalDate on, @Nullable LocalDate due) {
        return """
                {"kind": "JUDICIAL", "issuer": "郏县人民法院", "agencyId": %d, "receivedOn": "%s", "replyDueOn": %s,
                 "content": "规范行政处罚听证告知"}""".formatted(agency, on, due == null ? "null" : "\"" + due + "\"");
    }

    static long id(ResultActions result) throws Exception {
        String json = result.andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String json)
            throws Exception {
        return send(mvc, request, caller, json);
    }

    /** The request as the caller, with the JSON body if any. */
    static ResultActions send(MockMvc mvc, MockHttpServletRequestBuilder request, SignedInUser caller,
                              @Nullable String json) throws Exception {
        request.with(user(caller)).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
