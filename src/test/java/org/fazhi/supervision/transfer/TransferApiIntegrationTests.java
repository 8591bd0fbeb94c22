package org.fazhi.supervision.transfer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.CaseReference;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

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

/** The transfers API: the agency's flow from proposal to outcome, and who is refused what. */
@FazhiIntegrationTest
class TransferApiIntegrationTests {

    private static final String TRANSFERS = "/api/v1/supervision/transfers";

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData casework;
    @Autowired CaseDirectory cases;
    @Autowired TransferRepository repository;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired java.time.Clock clock;

    @Test
    void theAgencyProposesTheHeadApprovesTheDocumentsGoWithItAndTheOutcomeIsRecorded() throws Exception {
        Handling h = casework.agency("移送局");
        String code = caseCode(casework.filed(h));
        long id = proposed(h, code);
        String path = TRANSFERS + "/" + id;

        call(post(path + "/approve"), h.officer(), null).andExpect(status().isForbidden());
        call(post(path + "/approve"), h.head(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'APPROVAL')].onTime").value(hasItem(true)))
                .andExpect(jsonPath("$.missingDocuments.length()").value(4));
        call(post(path + "/hand-over"), h.officer(), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("移送材料不全")))
                .andExpect(jsonPath("$.detail", containsString("涉嫌犯罪案件移送书")));
        for (DocumentKind kind : List.of(DocumentKind.TRANSFER_LETTER, DocumentKind.INVESTIGATION_REPORT,
                DocumentKind.EXHIBIT_LIST, DocumentKind.EXPERT_OPINION)) {
            upload(path, kind, h.officer()).andExpect(status().isOk());
        }
        call(post(path + "/hand-over"), h.officer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("HANDED_OVER"))
                .andExpect(jsonPath("$.documents.length()").value(4))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'POLICE_DECISION')].overdue").value(hasItem(false)));
        call(post(path + "/decision"), h.officer(), "{\"on\": \"" + LocalDate.now(clock).plusDays(1) + "\", \"filed\": true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        call(post(path + "/decision"), h.officer(), "{\"filed\": true, \"note\": \"立案决定书\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FILED"));
        call(post(path + "/exhibits"), h.officer(), "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("EXHIBITS_HANDED_OVER"));
        call(get(TRANSFERS + "/counts"), h.head(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.pending").value(0))
                .andExpect(jsonPath("$.byOutcome[0].outcome").value("EXHIBITS_HANDED_OVER"))
                .andExpect(jsonPath("$.onTime[?(@.deadline == 'HANDOVER')].inTime").value(hasItem(1)));
        call(get(TRANSFERS + "/counts"), RegistryTestData.enterprise(h.party().id()), null)
                .andExpect(status().isForbidden());
        call(get(TRANSFERS + "?state=CLOSED&q=" + code), RegistryTestData.supervisor(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
    }

    @Test
    void notFiledTheAgencyAsksForReconsiderationThenContinuesTheAdministrativeCase() throws Exception {
        Handling h = casework.agency("复议移送局");
        long id = handedOver(h);
        String path = TRANSFERS + "/" + id;

        call(post(path + "/decision"), h.officer(), "{\"filed\": false}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOT_FILED"));
        call(post(path + "/reconsideration"), h.officer(), "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECONSIDERATION"));
        call(post(path + "/decision"), h.officer(), "{\"filed\": false, \"note\": \"复议维持\"}")
                .andExpect(status().isOk());
        call(post(path + "/reconsideration"), h.officer(), "{}").andExpect(status().isUnprocessableContent());
        call(post(path + "/continue"), h.officer(), "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ADMINISTRATIVE_CONTINUES"));
    }

    @Test
    void othersAreRefused() throws Exception {
        Handling h = casework.agency("移送范围局");
        String code = caseCode(casework.filed(h));
        long id = proposed(h, code);
        String path = TRANSFERS + "/" + id;
        SignedInUser otherAgency = RegistryTestData.user(Role.OFFICER, h.agencyId() + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_001, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);

        call(get(path), otherAgency, null).andExpect(status().isNotFound());
        call(post(path + "/hand-over"), otherAgency, null).andExpect(status().isNotFound());
        call(get(TRANSFERS), otherAgency, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(post(TRANSFERS), otherAgency, proposal(code)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseCode"));
        call(get(path), otherCounty, null).andExpect(status().isNotFound());
        call(get(path), RegistryTestData.supervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayAct").value(false));
        call(post(path + "/approve"), RegistryTestData.supervisor(), null).andExpect(status().isForbidden());
        call(get(path), RegistryTestData.leader(), null).andExpect(status().isOk());
        call(post(path + "/approve"), RegistryTestData.leader(), null).andExpect(status().isForbidden());
        call(post(TRANSFERS), RegistryTestData.leader(), proposal(code)).andExpect(status().isForbidden());
        call(get(path), RegistryTestData.user(Role.RECONSIDERATION, null), null).andExpect(status().isForbidden());
        call(get(path), RegistryTestData.enterprise(h.party().id()), null).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(post(TRANSFERS).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(proposal(code)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aProposalMissingItsParticularsIsRefusedFieldByFieldInChinese() throws Exception {
        Handling h = casework.agency("移送校验局");
        String code = caseCode(casework.filed(h));

        call(post(TRANSFERS), h.officer(), "{\"caseCode\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("案件编号")));
        call(post(TRANSFERS), h.officer(), "{\"caseCode\": \"" + code + "\", \"kind\": \"PUBLIC_SECURITY\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("suspectedOffence"))
                .andExpect(jsonPath("$.errors[0].message", containsString("涉嫌罪名")));
        proposed(h, code);
        call(post(TRANSFERS), h.officer(), proposal(code)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("已有同类移送")));
    }

    @Test
    void theHeadsDecisionInCaseworkToTransferOpensAnApprovedTransferOnce() {
        Handling h = casework.agency("决定移送局");
        long caseId = casework.filed(h);
        CaseReference ref = cases.of(caseId).orElseThrow();
        PenaltyDecided decided = new PenaltyDecided(caseId, ref.code(), ref.county(), ref.agencyId(),
                ref.partyId(), DecisionKind.TRANSFERRED, List.of(), Money.ZERO, false, LocalDate.now());

        transaction.executeWithoutResult(s -> events.publishEvent(decided));
        transaction.executeWithoutResult(s -> events.publishEvent(decided));

        var found = repository.search(RegistryTestData.agencyAdmin(h.inspecting().agency()).scope(),
                new TransferRepository.Search(null, null, null, ref.code()), LocalDate.now(),
                org.fazhi.platform.PageRequest.of(null, null));
        assertThat(found.items()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(TransferState.APPROVED);
            assertThat(row.nextDeadline()).isEqualTo(DeadlineKind.HANDOVER);
        });
    }

    @Test
    void theSupervisorSeesThePendingTransferInTheListAndItsLimitsOnItsPage() throws Exception {
        Handling h = casework.agency("移送页面局");
        String code = caseCode(casework.filed(h));
        long id = proposed(h, code);

        call(get("/supervision/transfers?state=PROPOSED&q=" + code), RegistryTestData.supervisor(), null)
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("data-transfer=\"" + id + "\"")));
        call(get("/supervision/transfers/" + id), RegistryTestData.supervisor(), null).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("负责人审批")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("涉案物品清单")));
        call(get("/supervision/transfers/" + id), RegistryTestData.user(Role.OFFICER, h.agencyId() + 100_000), null)
                .andExpect(status().isNotFound());
    }

    long proposed(Handling h, String code) throws Exception {
        String body = call(post(TRANSFERS), h.officer(), proposal(code)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PROPOSED"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("APPROVAL"))
                .andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    long handedOver(Handling h) throws Exception {
        long id = proposed(h, caseCode(casework.filed(h)));
        String path = TRANSFERS + "/" + id;
        call(post(path + "/approve"), h.head(), null).andExpect(status().isOk());
        for (DocumentKind kind : List.of(DocumentKind.TRANSFER_LETTER, DocumentKind.INVESTIGATION_REPORT,
                DocumentKind.EXHIBIT_LIST, DocumentKind.EXPERT_OPINION)) {
            upload(path, kind, h.head()).andExpect(status().isOk());
        }
        call(post(path + "/hand-over"), h.officer(), null).andExpect(status().isOk());
        return id;
    }

    String caseCode(long caseId) {
        return cases.of(caseId).orElseThrow().code();
    }

    static String proposal(String code) {
        return """
                {"caseCode": "%s", "kind": "PUBLIC_SECURITY", "suspectedOffence": "涉嫌生产、销售伪劣产品罪",
                 "receivingBody": "郏县公安局"}""".formatted(code);
    }

    ResultActions upload(String path, DocumentKind kind, SignedInUser caller) throws Exception {
        byte[] pdf = Arrays.copyOf("%PDF-1.7\n".getBytes(), 2048);
        return mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", kind + ".pdf",
                "application/pdf", pdf)).param("kind", kind.name()).with(user(caller)).with(csrf()));
    }

    ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String body)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
