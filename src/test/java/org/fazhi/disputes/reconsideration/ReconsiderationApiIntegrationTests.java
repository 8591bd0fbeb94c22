package org.fazhi.disputes.reconsideration;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.disputes.ReconsiderationDecided;
import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reconsideration API on the real database: the body's flow to a decision revoking a published penalty, whose
 * publication becomes due for withdrawal; who is refused what; bad input named field by field in Chinese.
 */
@FazhiIntegrationTest
@RecordApplicationEvents
class ReconsiderationApiIntegrationTests {

    static final String API = "/api/v1/disputes/reconsiderations";

    @Autowired MockMvc mvc;
    @Autowired DisclosureTestData disclosure;
    @Autowired CaseworkTestData casework;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired Clock clock;

    final SignedInUser body = RegistryTestData.user(Role.RECONSIDERATION, null);

    @Test
    void aDecisionRevokingALinkedPublishedPenaltyMakesItsPublicationDueForWithdrawal() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Decided d = disclosure.decidedOn("复议撤销局", today.minusDays(20), "2000");
        long publication = jdbc.sql("select id from disclosure.publication where case_id = ?").param(d.caseId())
                .query(Long.class).single();
        call(post("/api/v1/disclosure/publications/" + publication + "/publish"), d.handling().head(), null)
                .andExpect(status().isOk());
        String caseCode = jdbc.sql("select code from casework.penalty_case where id = ?").param(d.caseId())
                .query(String.class).single();
        long id = received(d.handling().agencyId(), caseCode);
        String path = API + "/" + id;

        call(post(path + "/accept"), body, "{\"procedure\": \"GENERAL\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'COPY')].overdue").value(hasItem(false)));
        call(post(path + "/copy"), body, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ANSWER')].metOn").value(hasItem((Object) null)));
        call(post(path + "/answer"), d.handling().head(), "{\"text\": \"答复书、证据目录及处罚案卷\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.progress.answeredOn").value(today.toString()));
        call(post(path + "/hearing"), body, "{\"mode\": \"WRITTEN\", \"on\": \"" + today + "\"}")
                .andExpect(status().isOk());
        call(post(path + "/decision"), body, "{\"kind\": \"REVOKED\", \"text\": \"认定事实不清，证据不足\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CONCLUDED"))
                .andExpect(jsonPath("$.progress.outcome").value("REVOKED"));

        assertThat(jdbc.sql("select reason from disclosure.withdrawal_due where publication_id = ? "
                + "and cleared_at is null").param(publication).query(String.class).list())
                .singleElement().asString().contains("行政复议决定撤销原行政处罚决定");
        assertThat(events.stream(ReconsiderationDecided.class).filter(e -> e.reconsiderationId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.caseId()).isEqualTo(d.caseId());
                    assertThat(e.agencyId()).isEqualTo(d.handling().agencyId());
                    assertThat(e.outcome()).isEqualTo(ReconsiderationOutcome.REVOKED);
                });
        mvc.perform(get("/disclosure/publications").with(user(d.handling().head()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"withdrawals-due\"")));
        call(post(path + "/decision"), body, "{\"kind\": \"UPHELD\", \"text\": \"维持\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("已办结")));
    }

    @Test
    void anUpheldDecisionLeavesThePublicationAlone() throws Exception {
        Decided d = disclosure.decidedOn("复议维持局", LocalDate.now(clock).minusDays(20), "1000");
        String caseCode = jdbc.sql("select code from casework.penalty_case where id = ?").param(d.caseId())
                .query(String.class).single();
        long id = received(d.handling().agencyId(), caseCode);
        call(post(API + "/" + id + "/accept"), body, "{\"procedure\": \"SIMPLIFIED\"}").andExpect(status().isOk());
        call(post(API + "/" + id + "/decision"), body, "{\"kind\": \"UPHELD\", \"text\": \"事实清楚，适用依据正确\"}")
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select count(*) from disclosure.withdrawal_due w join disclosure.publication p "
                + "on p.id = w.publication_id where p.case_id = ?").param(d.caseId()).query(Long.class).single())
                .isZero();
        assertThat(events.stream(ReconsiderationDecided.class).filter(e -> e.reconsiderationId() == id)).hasSize(1);
    }

    @Test
    void othersAreRefused() throws Exception {
        Handling h = casework.agency("复议范围局");
        long id = received(h.agencyId(), null);
        String path = API + "/" + id;
        SignedInUser otherAgencyAdmin = RegistryTestData.user(Role.AGENCY_ADMIN, h.agencyId() + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_002, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);
        SignedInUser otherCountyBody = new SignedInUser(990_003, "reconsideration-410482", "林州复议",
                Role.RECONSIDERATION, RegionCode.of("410482"), null, null, true, false, false, null);

        call(get(path), h.officer(), null).andExpect(status().isForbidden());
        call(get(API), h.officer(), null).andExpect(status().isForbidden());
        call(post(path + "/accept"), h.officer(), "{}").andExpect(status().isForbidden());
        call(get(path), RegistryTestData.enterprise(h.party().id()), null).andExpect(status().isForbidden());
        call(get(path), otherAgencyAdmin, null).andExpect(status().isNotFound());
        call(post(path + "/answer"), otherAgencyAdmin, "{\"text\": \"答复\"}").andExpect(status().isNotFound());
        call(get(API), otherAgencyAdmin, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(get(path), otherCounty, null).andExpect(status().isNotFound());
        call(post(path + "/accept"), otherCountyBody, "{}").andExpect(status().isNotFound());
        call(get(path), RegistryTestData.supervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(0));
        call(post(path + "/accept"), RegistryTestData.supervisor(), "{}").andExpect(status().isForbidden());
        call(get(path), RegistryTestData.leader(), null).andExpect(status().isOk());
        call(post(path + "/accept"), RegistryTestData.leader(), "{}").andExpect(status().isForbidden());
        call(get(path), h.head(), null).andExpect(status().isOk());
        call(get(API + "?q=" + id), h.head(), null).andExpect(status().isOk());
        call(post(path + "/accept"), h.head(), "{}").andExpect(status().isForbidden());
        call(post(API), h.head(), application(h.agencyId(), null)).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(post(API).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(application(h.agencyId(), null))).andExpect(status().isUnauthorized());

        call(post(path + "/accept"), body, "{}").andExpect(status().isOk());
        call(post(path + "/answer"), h.head(), "{\"text\": \"答复\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("不能登记答复")));
        call(post(path + "/copy"), body, "{}").andExpect(status().isOk());
        call(get(path), h.head(), null).andExpect(jsonPath("$.steps").value(hasItem("ANSWER")))
                .andExpect(jsonPath("$.steps.length()").value(1));
        call(post(path + "/answer"), h.head(), "{\"text\": \"答复书及证据\"}").andExpect(status().isOk());
    }

    @Test
    void badInputIsRefusedFieldByFieldInChinese() throws Exception {
        Handling h = casework.agency("复议校验局");

        call(post(API), body, "{\"channel\": \"GREEN_CHANNEL\", \"applicantKind\": \"PERSON\", "
                + "\"applicantName\": \"王某\", \"applicantCode\": \"410425199001011234\", \"agencyId\": "
                + h.agencyId() + ", \"act\": \"罚款\", \"knewOn\": \"2026-01-05\", \"rightExplained\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("intakePoint")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("applicantCode")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("受理点名称"))));
        call(post(API), body, application(h.agencyId() + 100_000, "不存在的案号"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("agencyId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("caseCode")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("被申请人"))));
        long id = received(h.agencyId(), null);
        call(post(API + "/" + id + "/refuse"), body, "{\"text\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message", containsString("不予受理的理由")));
        call(post(API + "/" + id + "/accept"), body, "{\"on\": \"" + LocalDate.now(clock).plusDays(1) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryStep() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/disputes/reconsiderations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/disputes/reconsiderations/{id}/decision'].post.summary",
                        containsString("撤销")))
                .andExpect(jsonPath("$.paths['/api/v1/disputes/reconsiderations/{id}/answer']").exists())
                .andExpect(jsonPath("$.tags[?(@.name == '行政复议')]").exists());
    }

    long received(long agencyId, @Nullable String caseCode) throws Exception {
        String json = call(post(API), body, application(agencyId, caseCode)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.applicantIdMasked", not(containsString("19900307"))))
                .andExpect(jsonPath("$.deadlines[0].kind").value("EXAMINATION"))
                .andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    String application(long agencyId, @Nullable String caseCode) {
        return """
                {"channel": "WINDOW", "applicantKind": "PERSON", "applicantName": "欧阳娜娜",
                 "applicantCode": "%s", "agencyId": %d, "act": "对申请人罚款二千元的行政处罚决定",
                 "caseCode": %s, "knewOn": "%s", "rightExplained": true}""".formatted(ID_NUMBER, agencyId,
                caseCode == null ? "null" : "\"" + caseCode + "\"", LocalDate.now(clock).minusDays(5));
    }

    /** A valid ID number (GB 11643 check digit) born 1990-03-07. */
    static final String ID_NUMBER = "41042519900307" + "123" + org.fazhi.shared.IdNumber.checkCharacter(
            "41042519900307123");

    ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String json)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
