package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disputes.LawsuitLost;
import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The litigation API on the real database: the follow-up of a lawsuit from service to a loss, which is announced;
 * who is refused what; bad input named field by field in Chinese; the loss-rate series of an agency.
 */
@FazhiIntegrationTest
@RecordApplicationEvents
class LawsuitApiIntegrationTests {

    static final String API = "/api/v1/disputes/lawsuits";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired ApplicationEvents events;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void aLawsuitFollowedToALossIsAnnounced() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long agency = registry.agency("应诉败诉局").id();
        SignedInUser legalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, agency);
        long id = registered(agency, today.minusDays(40), Instance.FIRST);
        String path = API + "/" + id;

        call(get(path), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.defenceOverdue").value(true))
                .andExpect(jsonPath("$.steps").value(hasItem("DEFENCE")))
                .andExpect(jsonPath("$.steps", not(hasItem("OUTCOME"))));
        call(get(API + "?overdue=true&agencyId=" + agency), bureau, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        call(post(path + "/defence"), legalOffice, "{\"on\": \"" + today.minusDays(30) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.defenceOnTime").value(true));
        call(post(path + "/hearings"), legalOffice, "{\"on\": \"" + today.minusDays(10)
                + "\", \"appearance\": \"DEPUTY\", \"appearedBy\": \"李某（副局长）\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.hearings[0].headAppeared").value(true));
        call(post(path + "/hearings"), bureau, "{\"on\": \"" + today.minusDays(5)
                + "\", \"appearance\": \"STAFF\", \"appearedBy\": \"王某（法制股）\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.hearings[1].headAppeared").value(false));
        call(post(path + "/outcome"), bureau, "{\"outcome\": \"REVOKED\", \"note\": \"（2026）豫0425行初9号\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("REVOKED"))
                .andExpect(jsonPath("$.steps.length()").value(0));

        assertThat(events.stream(LawsuitLost.class).filter(e -> e.lawsuitId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.agencyId()).isEqualTo(agency);
                    assertThat(e.kind()).isEqualTo(LawsuitOutcome.REVOKED);
                    assertThat(e.decidedOn()).isEqualTo(today);
                    assertThat(e.caseId()).isNull();
                });
        call(post(path + "/outcome"), bureau, "{\"outcome\": \"CLAIMS_DISMISSED\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("结案")));
    }

    @Test
    void aWonLawsuitAnnouncesNoLoss() throws Exception {
        long agency = registry.agency("应诉胜诉局").id();
        long id = registered(agency, LocalDate.now(clock).minusDays(20), Instance.FIRST);
        call(post(API + "/" + id + "/outcome"), RegistryTestData.user(Role.RECONSIDERATION, null),
                "{\"outcome\": \"CLAIMS_DISMISSED\"}").andExpect(status().isOk());
        assertThat(events.stream(LawsuitLost.class).filter(e -> e.lawsuitId() == id)).isEmpty();
    }

    @Test
    void othersAreRefused() throws Exception {
        long agency = registry.agency("应诉范围局").id();
        long id = registered(agency, LocalDate.now(clock).minusDays(3), Instance.FIRST);
        String path = API + "/" + id;
        SignedInUser legalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, agency);
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_012, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);
        SignedInUser officer = RegistryTestData.user(Role.OFFICER, agency);

        call(get(path), officer, null).andExpect(status().isForbidden());
        call(get(API), officer, null).andExpect(status().isForbidden());
        call(post(path + "/defence"), officer, "{}").andExpect(status().isForbidden());
        call(get(path), RegistryTestData.enterprise(1), null).andExpect(status().isForbidden());
        call(get(path), otherAgency, null).andExpect(status().isNotFound());
        call(post(path + "/defence"), otherAgency, "{}").andExpect(status().isNotFound());
        call(get(API), otherAgency, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(get(path), otherCounty, null).andExpect(status().isNotFound());
        call(post(path + "/outcome"), otherCounty, "{\"outcome\": \"REVOKED\"}").andExpect(status().isNotFound());
        call(get(path), RegistryTestData.leader(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(0));
        call(post(path + "/hearings"), RegistryTestData.leader(), "{\"appearance\": \"HEAD\", \"appearedBy\": \"局长\"}")
                .andExpect(status().isForbidden());
        call(post(path + "/outcome"), legalOffice, "{\"outcome\": \"WITHDRAWN\"}").andExpect(status().isForbidden());
        call(post(API), legalOffice, filing(agency, LocalDate.now(clock), Instance.FIRST))
                .andExpect(status().isForbidden());
        call(get(API + "/loss-rate?year=2026"), officer, null).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        call(get(path), legalOffice, null).andExpect(status().isOk());
    }

    @Test
    void badInputIsRefusedFieldByFieldInChinese() throws Exception {
        long agency = registry.agency("应诉校验局").id();
        call(post(API), bureau, "{\"instance\": \"FIRST\", \"plaintiffKind\": \"PERSON\", \"plaintiffName\": \"王某\", "
                + "\"plaintiffCode\": \"410425199001011234\", \"agencyId\": " + (agency + 100_000)
                + ", \"cause\": \"行政处罚\", \"act\": \"罚款\", \"servedOn\": \"" + LocalDate.now(clock).plusDays(1)
                + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("court")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("courtNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("plaintiffCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("agencyId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("servedOn")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("受理法院"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("被告"))));
        String twice = filing(agency, LocalDate.now(clock).minusDays(2), Instance.FIRST);
        long id = id(call(post(API), bureau, twice).andExpect(status().isCreated()));
        call(post(API), bureau, twice).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("courtNumber"))
                .andExpect(jsonPath("$.errors[0].message", containsString("已登记")));
        call(post(API + "/" + id + "/hearings"), bureau, "{\"appearedBy\": \"局长\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("appearance"))
                .andExpect(jsonPath("$.errors[0].message", containsString("出庭应诉情况")));
        call(post(API + "/" + id + "/hearings"), bureau, "{\"appearance\": \"HEAD\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("appearedBy"));
        call(post(API + "/" + id + "/defence"), bureau, "{\"on\": \"" + LocalDate.now(clock).plusDays(1) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        call(post(API + "/" + id + "/outcome"), bureau, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("结案结果")));
    }

    @Test
    void theLossRateSeriesOfAnAgencyIsYearToDateByMonth() throws Exception {
        int year = LocalDate.now(clock).getYear() - 1;
        long agency = registry.agency("应诉败诉率局").id();
        concluded(agency, LocalDate.of(year, 1, 5), LawsuitOutcome.REVOKED, LocalDate.of(year, 1, 25));
        concluded(agency, LocalDate.of(year, 1, 8), LawsuitOutcome.CLAIMS_DISMISSED, LocalDate.of(year, 2, 14));
        concluded(agency, LocalDate.of(year, 2, 1), LawsuitOutcome.WITHDRAWN_AFTER_CHANGE,
                LocalDate.of(year, 3, 3));
        long appealed = concluded(agency, LocalDate.of(year, 2, 2), LawsuitOutcome.DECLARED_UNLAWFUL,
                LocalDate.of(year, 4, 9));
        String json = filing(agency, LocalDate.of(year, 5, 1), Instance.SECOND)
                .replace("\"priorId\": null", "\"priorId\": " + appealed);
        long second = id(call(post(API), bureau, json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.priorId").value(appealed)));
        call(post(API + "/" + second + "/outcome"), bureau, "{\"outcome\": \"CLAIMS_DISMISSED\", \"on\": \""
                + LocalDate.of(year, 6, 20) + "\"}").andExpect(status().isOk());

        // First instance only: Jan 1/1, Feb 1/2, Mar 1/3, Apr 2/4 (the appeal, second instance, is not counted).
        call(get(API + "/loss-rate?year=" + year + "&agencyId=" + agency), bureau, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[0].rate.value").value(100.0))
                .andExpect(jsonPath("$[1].rate.value").value(50.0))
                .andExpect(jsonPath("$[2].rate.value").value(33.33))
                .andExpect(jsonPath("$[3].lost").value(2)).andExpect(jsonPath("$[3].concluded").value(4))
                .andExpect(jsonPath("$[11].rate.value").value(50.0));
        call(get(API + "/loss-rate?year=" + year), RegistryTestData.user(Role.AGENCY_ADMIN, agency), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[11].concluded").value(4));
        call(get(API + "/loss-rate?year=" + year + "&agencyId=" + agency),
                RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[11].concluded").value(0));
    }

    long concluded(long agency, LocalDate servedOn, LawsuitOutcome outcome, LocalDate decidedOn) throws Exception {
        long id = registered(agency, servedOn, Instance.FIRST);
        call(post(API + "/" + id + "/outcome"), bureau, "{\"outcome\": \"" + outcome + "\", \"on\": \"" + decidedOn
                + "\"}").andExpect(status().isOk());
        return id;
    }

    long registered(long agency, LocalDate servedOn, Instance instance) throws Exception {
        return id(call(post(API), bureau, filing(agency, servedOn, instance)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.plaintiffIdMasked", not(containsString("19900307"))))
                .andExpect(jsonPath("$.defenceDueOn").exists()));
    }

    static long id(ResultActions result) throws Exception {
        String json = result.andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    String filing(long agency, LocalDate servedOn, Instance instance) {
        return """
                {"court": "郏县人民法院", "instance": "%s", "courtNumber": "（%d）豫0425行初%s号", "priorId": null,
                 "plaintiffKind": "PERSON", "plaintiffName": "欧阳娜娜", "plaintiffCode": "%s", "agencyId": %d,
                 "cause": "行政处罚", "act": "对原告罚款二千元的行政处罚决定", "caseCode": null, "servedOn": "%s"}"""
                .formatted(instance, servedOn.getYear(), RegistryTestData.suffix(), ID_NUMBER, agency, servedOn);
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
