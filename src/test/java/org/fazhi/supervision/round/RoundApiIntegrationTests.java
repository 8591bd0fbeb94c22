package org.fazhi.supervision.round;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.supervision.round.RoundTestData.Bureau;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rounds and opinions API: the whole flow by JSON, and who is refused what (404, 403, 401). */
@FazhiIntegrationTest
class RoundApiIntegrationTests {

    private static final String ROUNDS = "/api/v1/supervision/rounds";
    private static final String OPINIONS = "/api/v1/supervision/opinions";

    @Autowired MockMvc mvc;
    @Autowired RoundTestData data;

    @Test
    void aSupervisorRunsARoundAndTheAgencyAnswers() throws Exception {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("接口监督局");
        SignedInUser supervisor = bureau.supervisor();
        String round = call(post(ROUNDS), supervisor, """
                {"kind": "ROUTINE", "title": "接口测试季度监督", "periodFrom": "2026-07-01", "periodTo": "2026-09-30",
                 "topics": "行政处罚", "agencyIds": [%d], "supervisorIds": [%d]}"""
                .formatted(agency.id(), bureau.certified().id()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.supervisors[0].officerId")
                        .value((int) bureau.certified().id()))
                .andReturn().getResponse().getContentAsString();
        long roundId = Long.parseLong(round.replaceAll("^\\{\"id\":(\\d+).*$", "$1").strip());

        call(post(ROUNDS + "/" + roundId + "/findings"), supervisor,
                "{\"agencyId\": %d, \"typeCode\": \"\", \"description\": \"x\"}".formatted(agency.id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("typeCode"));
        call(post(ROUNDS + "/" + roundId + "/findings"), supervisor, """
                {"agencyId": %d, "typeCode": "CONDUCT_PROCEDURE", "description": "未送达听证告知书",
                 "subject": "casework.case:42"}""".formatted(agency.id()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subjectHref").value("/casework/cases/42"));
        call(get(ROUNDS + "?text=接口测试"), supervisor, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) roundId)));

        String opinion = call(post(OPINIONS), supervisor, "{\"roundId\": %d, \"agencyId\": %d}"
                .formatted(roundId, agency.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ISSUED"))
                .andExpect(jsonPath("$.number", containsString("司监意")))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(opinion.replaceAll("^\\{\"id\":(\\d+).*$", "$1").strip());
        String path = OPINIONS + "/" + id;
        byte[] docx = call(get(path + "/document"), supervisor, null).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", OpinionApi.DOCX.toString()))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(RoundTestData.text(docx)).contains("未送达听证告知书");

        SignedInUser legalOffice = RegistryTestData.agencyAdmin(agency);
        call(get(OPINIONS), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(multipart(path + "/rectifications").file(new MockMultipartFile("evidence", "整改报告.pdf",
                        "application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes())).param("measures", "已补充送达并培训")
                        .with(user(legalOffice)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ANSWERED"))
                .andExpect(jsonPath("$.rectifications[0].evidence[0]").value("整改报告.pdf"));
        call(post(path + "/accept"), legalOffice, null).andExpect(status().isForbidden());
        call(post(path + "/accept"), supervisor, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED")).andExpect(jsonPath("$.onTime").value(true));
    }

    @Test
    void othersAreRefused() throws Exception {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("接口范围局");
        SupervisionRound round = data.round(bureau, agency);
        data.finding(bureau, round, agency, "CONDUCT_LAW", "适用法律错误", null);
        String opinion = call(post(OPINIONS), bureau.supervisor(), "{\"roundId\": %d, \"agencyId\": %d}"
                .formatted(round.id(), agency.id())).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(opinion.replaceAll("^\\{\"id\":(\\d+).*$", "$1").strip());
        String path = OPINIONS + "/" + id;
        String roundPath = ROUNDS + "/" + round.id();
        SignedInUser elsewhere = RoundTestData.supervisorElsewhere();
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, agency.id() + 100_000);

        call(get(path), elsewhere, null).andExpect(status().isNotFound());
        call(get(roundPath), elsewhere, null).andExpect(status().isNotFound());
        call(post(path + "/accept"), elsewhere, null).andExpect(status().isNotFound());
        call(get(OPINIONS), elsewhere, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(get(path), otherAgency, null).andExpect(status().isNotFound());
        call(get(roundPath), otherAgency, null).andExpect(status().isNotFound());
        call(get(OPINIONS), otherAgency, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(get(roundPath), RegistryTestData.agencyAdmin(agency), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].description").value("适用法律错误"));

        call(get(path), RegistryTestData.leader(), null).andExpect(status().isOk());
        call(post(path + "/accept"), RegistryTestData.leader(), null).andExpect(status().isForbidden());
        call(post(ROUNDS), RegistryTestData.leader(), "{}").andExpect(status().isForbidden());
        call(post(path + "/accept"), RegistryTestData.admin(), null).andExpect(status().isForbidden());
        call(get(path), RegistryTestData.user(Role.OFFICER, agency.id()), null).andExpect(status().isForbidden());
        call(post(ROUNDS), RegistryTestData.agencyAdmin(agency), "{}").andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(post(path + "/accept").with(csrf())).andExpect(status().isUnauthorized());
    }

    private ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String body)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
