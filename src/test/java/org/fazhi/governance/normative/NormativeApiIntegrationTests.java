package org.fazhi.governance.normative;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The normative-document API on the real database: the drafting agency and the justice bureau take a document from
 * drafting to filing; an overdue filing and an expiring document are listed; who is refused what; a clean-up ends a
 * document; bad input named field by field in Chinese.
 */
@FazhiIntegrationTest
class NormativeApiIntegrationTests {

    static final String API = "/api/v1/governance/normative-documents";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void theDrafterAndTheBureauTakeADocumentFromDraftToFiled() throws Exception {
        Agency agency = registry.agency("规范起草局");
        SignedInUser drafter = RegistryTestData.agencyAdmin(agency);
        LocalDate today = LocalDate.now(clock);
        long id = registered(drafter, agency.id(), "公共停车场管理办法");
        String path = API + "/" + id;

        call(post(path + "/comment"), drafter, "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(today.minusDays(40),
                today.minusDays(20))).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PUBLIC_COMMENT"));
        call(post(path + "/close-comment"), drafter, "{\"on\": \"%s\", \"received\": 4}".formatted(today.minusDays(19)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.comment.received").value(4))
                .andExpect(jsonPath("$.steps.length()").value(0));
        call(post(path + "/legality"), drafter, "{\"conclusion\": \"LAWFUL\", \"opinion\": \"合法\"}")
                .andExpect(status().isForbidden());
        call(post(path + "/publish"), bureau, "{\"documentNumber\": \"郏政规〔2026〕9号\", \"publishedIn\": \"网站\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("未经合法性审核")));
        call(get(path), bureau, null).andExpect(jsonPath("$.steps").value(hasItem("legality")));
        call(post(path + "/legality"), bureau, "{\"on\": \"%s\", \"conclusion\": \"LAWFUL\", \"opinion\": \"合法\"}"
                .formatted(today.minusDays(18))).andExpect(status().isOk())
                .andExpect(jsonPath("$.legality.reviewer").value("测试用户"));
        call(post(path + "/fair-competition"), drafter, "{\"on\": \"%s\", \"fairCompetition\": \"COMPLIANT\"}"
                .formatted(today.minusDays(15))).andExpect(status().isOk());
        call(post(path + "/deliberate"), drafter, "{\"on\": \"%s\", \"meeting\": \"县政府第12次常务会议\"}"
                .formatted(today.minusDays(10))).andExpect(status().isOk());
        call(post(path + "/publish"), drafter, "{\"documentNumber\": \"郏政规〔2026〕9号\", \"publishedIn\": \"网站\"}")
                .andExpect(status().isForbidden());
        call(post(path + "/publish"), bureau, "{\"on\": \"%s\", \"documentNumber\": \"郏政规〔2026〕9号\", "
                .formatted(today.minusDays(5)) + "\"publishedIn\": \"县政府网站\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.issue.registrationNumber", containsString("410425-" + today.minusDays(5).getYear())))
                .andExpect(jsonPath("$.issue.filingDueOn").value(today.plusDays(25).toString()))
                .andExpect(jsonPath("$.filingOverdue").value(false));
        call(post(path + "/in-force"), bureau, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("起施行")));
        call(post(path + "/file"), bureau, "{\"body\": \"HIGHER_GOVERNMENT\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"));
        call(post(path + "/file"), bureau, "{\"body\": \"PEOPLES_CONGRESS\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FILED")).andExpect(jsonPath("$.filedLateWithCongress").value(false));
        call(post(path + "/file"), bureau, "{\"body\": \"PEOPLES_CONGRESS\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("已备案")));
    }

    @Test
    void anOverdueFilingAndAnExpiringDocumentAreListed() throws Exception {
        Agency agency = registry.agency("规范提醒局");
        LocalDate today = LocalDate.now(clock);
        long overdue = issued(agency.id(), "逾期备案办法" + RegistryTestData.suffix(), today.minusDays(31));
        long onTime = issued(agency.id(), "未逾期办法" + RegistryTestData.suffix(), today.minusDays(30));
        LocalDate expiringPublished = today.plusDays(90).minusYears(5).minusDays(29);
        long expiring = issued(agency.id(), "即将到期办法" + RegistryTestData.suffix(), expiringPublished);
        call(post(API + "/" + expiring + "/file"), bureau, "{\"body\": \"HIGHER_GOVERNMENT\", \"on\": \"%s\"}"
                .formatted(expiringPublished.plusDays(30))).andExpect(status().isOk());
        call(post(API + "/" + expiring + "/file"), bureau, "{\"body\": \"PEOPLES_CONGRESS\", \"on\": \"%s\"}"
                .formatted(expiringPublished.plusDays(31))).andExpect(status().isOk())
                .andExpect(jsonPath("$.filedLateWithCongress").value(true));
        call(post(API + "/" + expiring + "/in-force"), bureau, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.issue.validUntil").value(today.plusDays(90).toString()))
                .andExpect(jsonPath("$.expiring").value(true));

        String scope = "&agencyId=" + agency.id();
        call(get(API + "?filingOverdue=true" + scope), bureau, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) overdue)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) onTime))))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) expiring))));
        call(get(API + "?expiring=true" + scope), bureau, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(expiring))
                .andExpect(jsonPath("$.items[0].expiring").value(true));
        call(get(API + "/" + overdue), bureau, null).andExpect(jsonPath("$.filingOverdue").value(true));
    }

    @Test
    void othersAreRefused() throws Exception {
        Agency agency = registry.agency("规范范围局");
        SignedInUser drafter = RegistryTestData.agencyAdmin(agency);
        long id = registered(drafter, agency.id(), "范围测试办法");
        String path = API + "/" + id;
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, agency.id() + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_012, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);
        String comment = "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(LocalDate.now(clock),
                LocalDate.now(clock).plusDays(30));

        call(get(path), RegistryTestData.user(Role.OFFICER, agency.id()), null).andExpect(status().isForbidden());
        call(get(API), RegistryTestData.user(Role.OFFICER, agency.id()), null).andExpect(status().isForbidden());
        call(get(path), RegistryTestData.enterprise(1), null).andExpect(status().isForbidden());
        call(get(path), RegistryTestData.user(Role.RECONSIDERATION, null), null).andExpect(status().isForbidden());
        call(get(path), otherAgency, null).andExpect(status().isNotFound());
        call(post(path + "/comment"), otherAgency, comment).andExpect(status().isNotFound());
        call(get(API), otherAgency, null).andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(get(path), otherCounty, null).andExpect(status().isNotFound());
        call(post(path + "/comment"), otherCounty, comment).andExpect(status().isNotFound());
        call(get(path), RegistryTestData.leader(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(0));
        call(post(path + "/comment"), RegistryTestData.leader(), comment).andExpect(status().isForbidden());
        call(post(API), RegistryTestData.leader(), "{\"title\": \"领导起草\"}").andExpect(status().isForbidden());
        call(get(API + "/cleanups"), drafter, null).andExpect(status().isForbidden());
        call(post(API + "/cleanups"), drafter, "{\"name\": \"清理\"}").andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        call(post(path + "/comment"), drafter, comment).andExpect(status().isOk());
    }

    @Test
    void anAgencyRegistersOnlyForItself() throws Exception {
        Agency own = registry.agency("规范自有局");
        Agency other = registry.agency("规范他人局");
        SignedInUser drafter = RegistryTestData.agencyAdmin(own);

        call(post(API), drafter, "{\"title\": \"代拟办法\", \"agencyId\": %d}".formatted(other.id()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.agencyId").value(own.id()));
    }

    @Test
    void aCleanUpCampaignRecordsDispositionsAndEndsRepealedDocuments() throws Exception {
        Agency agency = registry.agency("规范清理局");
        LocalDate today = LocalDate.now(clock);
        long repealed = issued(agency.id(), "清理废止办法", today.minusYears(3));
        long retained = issued(agency.id(), "清理保留办法", today.minusYears(3));
        String json = call(post(API + "/cleanups"), bureau, "{\"name\": \"专项清理%s\", \"on\": \"%s\"}"
                .formatted(RegistryTestData.suffix(), today.minusDays(3))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long campaign = Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
        String decisions = API + "/cleanups/" + campaign + "/decisions";

        call(post(decisions), bureau, "{\"documentId\": %d, \"disposition\": \"REPEAL\", \"note\": \"已不适应\"}"
                .formatted(repealed)).andExpect(status().isOk()).andExpect(jsonPath("$.counts.REPEAL").value(1));
        call(post(decisions), bureau, "{\"documentId\": %d, \"disposition\": \"RETAIN\"}".formatted(retained))
                .andExpect(status().isOk()).andExpect(jsonPath("$.counts.RETAIN").value(1))
                .andExpect(jsonPath("$.counts.DECLARE_INVALID").value(0));
        call(post(decisions), bureau, "{\"documentId\": %d, \"disposition\": \"AMEND\"}".formatted(retained))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("已登记")));
        call(post(decisions), bureau, "{\"documentId\": %d, \"disposition\": \"RETAIN\", \"on\": \"%s\"}"
                .formatted(repealed, today.minusDays(5))).andExpect(status().isUnprocessableContent());
        call(get(API + "/" + repealed), bureau, null).andExpect(jsonPath("$.state").value("REPEALED"))
                .andExpect(jsonPath("$.end.reason", containsString("专项清理")));
        call(get(API + "/cleanups/" + campaign), RegistryTestData.leader(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].disposition").value(hasItem("REPEAL")));
    }

    @Test
    void badInputIsRefusedFieldByFieldInChinese() throws Exception {
        Agency agency = registry.agency("规范校验局");
        SignedInUser drafter = RegistryTestData.agencyAdmin(agency);

        call(post(API), bureau, "{\"title\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("agencyId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("文件标题"))));
        long id = registered(drafter, agency.id(), "校验办法");
        call(post(API + "/" + id + "/comment"), drafter, "{\"from\": \"2026-03-02\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message", containsString("截止日期")));
        call(post(API + "/" + id + "/comment"), drafter, "{\"from\": \"2026-03-02\", \"to\": \"2026-03-05\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("不得少于7个工作日")));
        call(post(API + "/" + id + "/close-comment"), drafter, "{\"on\": \"%s\", \"received\": 1}"
                .formatted(LocalDate.now(clock).plusDays(1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"));
    }

    /** A document of the agency published on {@code publishedOn}, through every step before. */
    long issued(long agencyId, String title, LocalDate publishedOn) throws Exception {
        long id = registered(bureau, agencyId, title);
        String path = API + "/" + id;
        call(post(path + "/comment"), bureau, "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(publishedOn.minusDays(60),
                publishedOn.minusDays(40))).andExpect(status().isOk());
        call(post(path + "/close-comment"), bureau, "{\"on\": \"%s\", \"received\": 0}"
                .formatted(publishedOn.minusDays(39))).andExpect(status().isOk());
        call(post(path + "/legality"), bureau, "{\"on\": \"%s\", \"conclusion\": \"LAWFUL\", \"opinion\": \"合法\"}"
                .formatted(publishedOn.minusDays(30))).andExpect(status().isOk());
        call(post(path + "/fair-competition"), bureau, "{\"on\": \"%s\", \"fairCompetition\": \"NOT_APPLICABLE\"}"
                .formatted(publishedOn.minusDays(20))).andExpect(status().isOk());
        call(post(path + "/deliberate"), bureau, "{\"on\": \"%s\", \"meeting\": \"常务会议\"}"
                .formatted(publishedOn.minusDays(10))).andExpect(status().isOk());
        call(post(path + "/publish"), bureau, "{\"on\": \"%s\", \"documentNumber\": \"郏政规%s\", \"publishedIn\": \"网站\"}"
                .formatted(publishedOn, RegistryTestData.suffix())).andExpect(status().isOk());
        return id;
    }

    long registered(SignedInUser caller, long agencyId, String title) throws Exception {
        String json = call(post(API), caller, "{\"title\": \"%s\", \"agencyId\": %d}".formatted(title, agencyId))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFTING"))
                .andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String json)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
