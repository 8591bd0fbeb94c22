package org.fazhi.governance.decision;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.PlanFilingFiles;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The major-decision API on the real database: the bureau plans a catalogue item, the undertaking agency records its
 * procedures, a decision with procedures missing is refused naming them in Chinese; who is refused what; bad input;
 * the indicators against the decisions counted by hand.
 */
@FazhiIntegrationTest
class DecisionApiIntegrationTests {

    static final String API = "/api/v1/governance/major-decisions";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired List<Indicator> indicators;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void aDecisionIsRefusedUntilItsRequiredProceduresAreDone() throws Exception {
        Agency agency = registry.agency("决策承办局");
        SignedInUser undertaking = RegistryTestData.agencyAdmin(agency);
        LocalDate today = LocalDate.now(clock);
        long id = planned(agency.id(), "城区道路改造方案");
        String path = API + "/" + id;

        step(path, undertaking, "PUBLIC_PARTICIPATION", today.minusDays(20)).andExpect(status().isOk());
        step(path, undertaking, "LEGALITY_REVIEW", today.minusDays(10)).andExpect(status().isForbidden());
        step(path, bureau, "LEGALITY_REVIEW", today.minusDays(10)).andExpect(status().isOk())
                .andExpect(jsonPath("$.missing.length()").value(3));
        call(post(path + "/decision"), undertaking, "{\"note\": \"常务会议通过\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("专家论证、风险评估、集体讨论决定")));
        step(path, undertaking, "PUBLIC_PARTICIPATION", today).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("公众参与")));
        step(path, undertaking, "EXPERT_ARGUMENTATION", today.minusDays(8)).andExpect(status().isOk());
        step(path, undertaking, "RISK_ASSESSMENT", today.minusDays(7)).andExpect(status().isOk());
        step(path, undertaking, "COLLECTIVE_DISCUSSION", today.minusDays(2)).andExpect(status().isOk())
                .andExpect(jsonPath("$.missing.length()").value(0))
                .andExpect(jsonPath("$.steps").value(hasItem("decision")));
        call(post(path + "/decision"), undertaking, "{\"on\": \"%s\", \"note\": \"常务会议通过\"}"
                .formatted(today.minusDays(2))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECIDED"));
        call(post(path + "/evaluation"), undertaking, "{\"evaluation\": \"效果良好\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("EVALUATED"))
                .andExpect(jsonPath("$.outcome.evaluation").value("效果良好"));
        call(get(API + "/catalogues"), bureau, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.year == %d)].items".formatted(today.getYear())).exists());
    }

    @Test
    void aRecordedProcedureKeepsItsEvidenceFileWithItsDigest() throws Exception {
        Agency agency = registry.agency("决策材料局");
        SignedInUser undertaking = RegistryTestData.agencyAdmin(agency);
        long id = planned(agency.id(), "材料决策");
        String files = API + "/" + id + "/steps/RISK_ASSESSMENT/files";
        MockMultipartFile pdf = new MockMultipartFile("file", "风险评估报告.pdf", "application/pdf",
                PlanFilingFiles.pdf());

        upload(multipart(files).file(pdf), undertaking).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("请先登记“风险评估”")));
        step(API + "/" + id, undertaking, "RISK_ASSESSMENT", LocalDate.now(clock)).andExpect(status().isOk());
        upload(multipart(files).file(new MockMultipartFile("file", "报告.pdf", "application/pdf",
                "不是PDF".getBytes(StandardCharsets.UTF_8))), undertaking).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(multipart(API + "/" + id + "/steps/LEGALITY_REVIEW/files").file(pdf), undertaking)
                .andExpect(status().isForbidden());
        upload(multipart(files).file(pdf), RegistryTestData.user(Role.AGENCY_ADMIN, agency.id() + 100_000))
                .andExpect(status().isNotFound());
        String json = upload(multipart(files).file(pdf), undertaking).andExpect(status().isCreated())
                .andExpect(jsonPath("$.procedures[2].files[0].name").value("风险评估报告.pdf"))
                .andExpect(jsonPath("$.procedures[2].files[0].sm3").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        long fileId = Long.parseLong(json.replaceAll("(?s)^.*\"files\":\\[\\{\"id\":(\\d+).*$", "$1"));

        byte[] read = call(get(API + "/" + id + "/files/" + fileId), RegistryTestData.leader(), null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(PlanFilingFiles.pdf());
        call(get(API + "/" + planned(agency.id(), "另一决策") + "/files/" + fileId), bureau, null)
                .andExpect(status().isNotFound());
        call(get(API + "/" + id + "/files/" + fileId), RegistryTestData.user(Role.OFFICER, agency.id()), null)
                .andExpect(status().isForbidden());
    }

    @Test
    void othersAreRefused() throws Exception {
        Agency agency = registry.agency("决策范围局");
        long id = planned(agency.id(), "范围决策");
        String path = API + "/" + id;
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, agency.id() + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_022, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);
        LocalDate day = LocalDate.now(clock);

        call(get(path), RegistryTestData.user(Role.OFFICER, agency.id()), null).andExpect(status().isForbidden());
        call(get(API), RegistryTestData.enterprise(1), null).andExpect(status().isForbidden());
        call(get(path), otherAgency, null).andExpect(status().isNotFound());
        step(path, otherAgency, "RISK_ASSESSMENT", day).andExpect(status().isNotFound());
        call(get(API), otherAgency, null).andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(get(path), otherCounty, null).andExpect(status().isNotFound());
        step(path, otherCounty, "RISK_ASSESSMENT", day).andExpect(status().isNotFound());
        call(get(path), RegistryTestData.leader(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(0));
        step(path, RegistryTestData.leader(), "RISK_ASSESSMENT", day).andExpect(status().isForbidden());
        call(post(API), RegistryTestData.agencyAdmin(agency), "{\"year\": 2026, \"agencyId\": %d, \"title\": \"自列\"}"
                .formatted(agency.id())).andExpect(status().isForbidden());
        call(post(API + "/catalogues/1/publish"), RegistryTestData.agencyAdmin(agency), "{}")
                .andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        step(path, RegistryTestData.agencyAdmin(agency), "RISK_ASSESSMENT", day).andExpect(status().isOk());
    }

    @Test
    void badInputIsRefusedFieldByFieldInChinese() throws Exception {
        Agency agency = registry.agency("决策校验局");
        call(post(API), bureau, "{\"year\": 2026, \"agencyId\": %d}".formatted(agency.id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message", containsString("决策事项名称")));
        call(post(API), bureau, "{\"year\": 2026, \"agencyId\": %d, \"title\": \"外县\"}".formatted(agency.id() + 100_000))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agencyId"));
        long id = planned(agency.id(), "校验决策");
        call(post(API + "/" + id + "/steps"), bureau, "{\"kind\": \"RISK_ASSESSMENT\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("evidence"))
                .andExpect(jsonPath("$.errors[0].message", containsString("材料")));
        step(API + "/" + id, bureau, "RISK_ASSESSMENT", LocalDate.now(clock).plusDays(1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
    }

    @Test
    void theFiguresOfOneAgencyMatchItsDecisionsCountedByHand() throws Exception {
        Agency agency = registry.agency("决策指标局");
        LocalDate today = LocalDate.now(clock);
        long complete = planned(agency.id(), "完整决策");
        for (String kind : List.of("PUBLIC_PARTICIPATION", "EXPERT_ARGUMENTATION", "RISK_ASSESSMENT",
                "LEGALITY_REVIEW", "COLLECTIVE_DISCUSSION")) {
            step(API + "/" + complete, bureau, kind, today.minusDays(5)).andExpect(status().isOk());
        }
        call(post(API + "/" + complete + "/decision"), bureau, "{\"on\": \"%s\", \"note\": \"通过\"}"
                .formatted(today.minusDays(4))).andExpect(status().isOk());
        call(post(API + "/" + complete + "/evaluation"), bureau, "{\"evaluation\": \"良好\"}").andExpect(status().isOk());
        planned(agency.id(), "未决策一");
        planned(agency.id(), "未决策二");
        Period period = new Period(today.withDayOfYear(1), today);

        assertThat(of("MAJOR_DECISION_CATALOGUE_ITEMS", agency, period).numerator()).isEqualTo(3);
        assertThat(of("MAJOR_DECISIONS_DECIDED", agency, period).numerator()).isEqualTo(1);
        assertThat(of("MAJOR_DECISIONS_COMPLETE_RATE", agency, period).numerator()).isEqualTo(1);
        assertThat(of("MAJOR_DECISIONS_COMPLETE_RATE", agency, period).denominator()).isEqualTo(1);
        assertThat(of("MAJOR_DECISIONS_EVALUATED", agency, period).numerator()).isEqualTo(1);
    }

    private Figure of(String code, Agency agency, Period period) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow()
                .measure(agency.region(), period).byAgency().stream().filter(a -> a.agencyId() == agency.id())
                .findFirst().orElseThrow().figure();
    }

    long planned(long agencyId, String title) throws Exception {
        String json = call(post(API), bureau, "{\"year\": %d, \"agencyId\": %d, \"title\": \"%s\"}"
                .formatted(LocalDate.now(clock).getYear(), agencyId, title)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PLANNED")).andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    ResultActions step(String path, SignedInUser caller, String kind, LocalDate on) throws Exception {
        return call(post(path + "/steps"), caller, "{\"kind\": \"%s\", \"on\": \"%s\", \"evidence\": \"会议纪要\"}"
                .formatted(kind, on));
    }

    ResultActions upload(MockMultipartHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
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
