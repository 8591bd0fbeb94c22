package org.fazhi.disputes.reconsideration;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.documents.DocxTemplates;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents of a reconsideration case on the real database: each .docx opened with POI says the case number,
 * the applicant, the respondent, the decision kind and the days; a document whose step has not been taken is not
 * found; the case's readers download, others are refused as the case itself refuses them.
 */
@FazhiIntegrationTest
class ReconsiderationDocumentsIntegrationTests {

    static final String API = "/api/v1/disputes/reconsiderations/";
    static final String ID_NUMBER = "41042519851120" + "456" + IdNumber.checkCharacter("41042519851120456");

    @Autowired MockMvc mvc;
    @Autowired Reconsiderations reconsiderations;
    @Autowired CaseworkTestData casework;
    @Autowired Clock clock;

    final SignedInUser body = RegistryTestData.user(Role.RECONSIDERATION, null);

    @Test
    void aDecidedCaseIssuesItsNoticesAndTheDecisionWithTheKindAndTheDays() throws Exception {
        Handling h = casework.agency("复议文书局");
        LocalDate today = LocalDate.now(clock);
        LocalDate received = today.minusDays(3);
        long id = received(h, received, "上官文书");
        reconsiderations.accept(body, id, received.plusDays(1), Procedure.GENERAL);
        reconsiderations.sendCopy(body, id, received.plusDays(1));
        reconsiderations.hear(body, id, HearingMode.WRITTEN, today, null);
        ReconsiderationCase c = reconsiderations.decide(body, id, ReconsiderationOutcome.REVOKED, today,
                "认定事实不清，主要证据不足");

        mvc.perform(get(API + id).with(user(body))).andExpect(status().isOk())
                .andExpect(jsonPath("$.documents", hasItem("DECISION")))
                .andExpect(jsonPath("$.documents", hasItem("ANSWER_NOTICE")));
        String decision = text(download(API + id + "/documents/DECISION", body)
                .andExpect(header().string("Content-Disposition", containsString(".docx"))));
        assertThat(decision).contains("行政复议决定书", c.number(), "申请人：上官文书", "被申请人：" + h.inspecting().agency().name(),
                "撤销被申请人作出的上述行政行为", "第六十四条", "认定事实不清，主要证据不足", "书面审理",
                ReconsiderationDocumentFields.DAY.format(today), ReconsiderationDocumentFields.DAY.format(received))
                .doesNotContain("{{").doesNotContain(DocxTemplates.BLANK);
        String acceptance = text(download("/disputes/reconsiderations/" + id + "/documents/ACCEPTANCE_NOTICE", body));
        assertThat(acceptance).contains("受理通知书", "上官文书：", "普通程序",
                ReconsiderationDocumentFields.DAY.format(received.plusDays(1)));
        String answer = text(download(API + id + "/documents/ANSWER_NOTICE", h.head()));
        assertThat(answer).contains("提出答复通知书", h.inspecting().agency().name() + "：", "第四十八条")
                .doesNotContain(DocxTemplates.BLANK);

        download(API + id + "/documents/MEDIATION_STATEMENT", body).andExpect(status().isNotFound());
        download(API + id + "/documents/HEARING_NOTICE", body).andExpect(status().isNotFound());
        download(API + id + "/documents/NOTHING", body).andExpect(status().isBadRequest());
    }

    @Test
    void refusalCorrectionHearingAndMediationHaveTheirOwnDocuments() throws Exception {
        Handling h = casework.agency("复议文书二局");
        LocalDate today = LocalDate.now(clock);
        long refused = received(h, today, "司马不受");
        reconsiderations.refuse(body, refused, today, "不属于行政复议范围");
        assertThat(text(download(API + refused + "/documents/NON_ACCEPTANCE_DECISION", body)))
                .contains("不予受理决定书", "申请人：司马不受", "不属于行政复议范围", "决定不予受理");

        long correcting = received(h, today, "诸葛补正");
        reconsiderations.requestCorrection(body, correcting, today, "补充提交行政处罚决定书复印件");
        assertThat(text(download(API + correcting + "/documents/CORRECTION_NOTICE", body)))
                .contains("补正通知书", "诸葛补正：", "补充提交行政处罚决定书复印件").doesNotContain(DocxTemplates.BLANK);

        LocalDate received = today.minusDays(20);
        long mediated = received(h, received, "欧阳调解");
        reconsiderations.accept(body, mediated, received, Procedure.GENERAL);
        reconsiderations.hear(body, mediated, HearingMode.HEARING, today, received.plusDays(1));
        reconsiderations.mediate(body, mediated, today, "被申请人将罚款降为五百元，申请人不再坚持复议请求");
        assertThat(text(download(API + mediated + "/documents/HEARING_NOTICE", body)))
                .contains("听证通知书", "欧阳调解", ReconsiderationDocumentFields.DAY.format(today));
        assertThat(text(download(API + mediated + "/documents/MEDIATION_STATEMENT", body)))
                .contains("行政复议调解书", "被申请人将罚款降为五百元", "第七十三条");
        download(API + mediated + "/documents/DECISION", body).andExpect(status().isNotFound());
    }

    @Test
    void whoMayNotReadTheCaseMayNotDownloadItsDocuments() throws Exception {
        Handling h = casework.agency("复议文书范围局");
        LocalDate today = LocalDate.now(clock);
        long id = received(h, today, "东方范围");
        reconsiderations.accept(body, id, today, Procedure.SIMPLIFIED);
        String path = API + id + "/documents/ACCEPTANCE_NOTICE";
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, h.agencyId() + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_013, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);

        download(path, h.officer()).andExpect(status().isForbidden());
        download(path, RegistryTestData.enterprise(h.party().id())).andExpect(status().isForbidden());
        download(path, otherAgency).andExpect(status().isNotFound());
        download(path, otherCounty).andExpect(status().isNotFound());
        download("/disputes/reconsiderations/" + id + "/documents/ACCEPTANCE_NOTICE", h.officer())
                .andExpect(status().isForbidden());
        download(path, RegistryTestData.leader()).andExpect(status().isOk());
        download(path, h.head()).andExpect(status().isOk());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get("/disputes/reconsiderations/" + id).with(user(body))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("data-document=\"ACCEPTANCE_NOTICE\"")));
    }

    private long received(Handling h, LocalDate on, String applicant) {
        return reconsiderations.receive(body, new ApplicationForm(on, Channel.WINDOW, null, ApplicantKind.PERSON,
                applicant, ID_NUMBER, h.agencyId(), "对申请人罚款一千元的行政处罚决定", null, on.minusDays(10), true))
                .id();
    }

    private ResultActions download(String path, SignedInUser caller) throws Exception {
        return mvc.perform(get(path).with(user(caller)));
    }

    private static String text(ResultActions download) throws Exception {
        byte[] bytes = download.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return DocxTemplates.paragraphs(document).stream().map(DocxTemplates::text)
                    .collect(Collectors.joining("\n"));
        }
    }
}
