package org.fazhi.casework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.ProposalForm;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyContact;
import org.fazhi.registry.agency.AgencyForm;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.casework.CaseworkTestData.evidence;
import static org.fazhi.casework.CaseworkTestData.fine;
import static org.fazhi.casework.CaseworkTestData.ordinary;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents a case's steps issue, as the API lists and sends them: each opened with POI and read for the party,
 * its number, the amounts in figures and 大写, and the article cited; case and decision numbers on the case.
 */
@FazhiIntegrationTest
class CaseDocumentsIntegrationTests {

    private static final String CASES = "/api/v1/casework/cases/";
    private static final String ARTICLE = "中华人民共和国行政处罚法》第九条";

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;
    @Autowired PenaltyCases cases;
    @Autowired Investigations investigations;
    @Autowired Decisions decisions;
    @Autowired TestClock clock;
    @Autowired Agencies agencies;

    @Test
    void eachStepIssuesItsDocumentNumberedAndKeptAsIssued() throws Exception {
        Handling h = data.agency("文书局");
        long id = clock.earlierBy(Duration.ofDays(40), () -> {
            long decided = data.decided(h, "2000");
            decisions.deliver(h.officer(), decided, data.next(decided));
            return decided;
        });
        decisions.sendReminder(h.officer(), id, data.next(id), null);
        String owed = JsonPath.read(json(get(CASES + id), h.officer()), "$.account.owed");
        decisions.recordPayment(h.officer(), id, data.next(id), new BigDecimal(owed), null);
        decisions.close(h.officer(), id, data.next(id), "罚款及加处罚款已缴清");

        String caseJson = json(get(CASES + id), h.officer());
        String caseNumber = JsonPath.read(caseJson, "$.caseNumber");
        String decisionNumber = JsonPath.read(caseJson, "$.decisionNumber");
        assertThat(caseNumber).matches(".+立案〔\\d{4}〕1号");
        assertThat(decisionNumber).matches(".+罚〔\\d{4}〕1号");
        List<Map<String, Object>> documents = JsonPath.read(json(get(CASES + id + "/documents"), h.officer()), "$");
        assertThat(documents).extracting(d -> d.get("kind")).containsExactly("FILING_APPROVAL", "PRIOR_NOTICE",
                "PENALTY_DECISION", "SERVICE_RECEIPT", "PAYMENT_REMINDER", "CLOSING_APPROVAL");
        assertThat(documents).allSatisfy(d -> assertThat((String) d.get("sm3")).hasSize(64));

        String filing = text(id, documents, "FILING_APPROVAL", h.officer());
        assertThat(filing).contains(caseNumber, h.party().name(), h.party().creditCode(), "投诉举报", ARTICLE, "无证经营食品");
        String notice = text(id, documents, "PRIOR_NOTICE", h.officer());
        assertThat(notice).contains(h.party().name(), "群众举报无证经营案", "罚款人民币2,000.00元（大写：贰仟元整）", "警告",
                ARTICLE, "现场检查笔录", "五个工作日");
        String decision = text(id, documents, "PENALTY_DECISION", h.officer());
        assertThat(decision).contains(decisionNumber, h.party().name(), "罚款人民币2,000.00元（大写：贰仟元整）",
                ARTICLE, "十五日内", "百分之三", "放弃陈述、申辩", "人民政府", "人民法院");
        assertThat(text(id, documents, "SERVICE_RECEIPT", h.officer()))
                .contains("行政处罚决定书", decisionNumber, h.party().name(), "直接送达");
        assertThat(text(id, documents, "PAYMENT_REMINDER", h.officer()))
                .contains(decisionNumber, "人民币2,000.00元（大写：贰仟元整）", "十日", h.party().name());
        assertThat(text(id, documents, "CLOSING_APPROVAL", h.officer()))
                .contains(decisionNumber, "罚款及加处罚款已缴清", new BigDecimal(owed).toPlainString().substring(0, 1));
    }

    @Test
    void aNoticePrintsTheAgencysAddressAndTelephoneAsTheRegistryHoldsThem() throws Exception {
        Handling h = data.agency("地址文书局");
        Agency agency = agencies.get(RegistryTestData.admin(), h.agencyId());
        agencies.update(RegistryTestData.admin(), agency.id(), AgencyForm.of(agency).withPublicFacts("",
                new AgencyContact("郏县龙山大道66号", "0375-5120000", "12345")));
        long id = data.decided(h, "2000");

        List<Map<String, Object>> documents = JsonPath.read(json(get(CASES + id + "/documents"), h.officer()), "$");
        assertThat(text(id, documents, "PRIOR_NOTICE", h.officer())).contains("郏县龙山大道66号", "0375-5120000");
    }

    @Test
    void anExtensionOfTheDecisionPeriodFilesItsApprovalFormWithThePeriodBeforeAndAfterAndTheParty() throws Exception {
        Handling h = data.agency("延期文书局");
        long id = data.filed(h);
        cases.extendDeadline(h.head(), id, data.next(id), 30, "案情复杂，需要检验鉴定");

        List<Map<String, Object>> documents = JsonPath.read(json(get(CASES + id + "/documents"), h.officer()), "$");
        assertThat(documents).extracting(d -> d.get("kind")).containsExactly("FILING_APPROVAL",
                "CASE_EXTENSION_APPROVAL");
        assertThat((String) documents.get(1).get("number")).matches(".+延审〔\\d{4}〕1号");
        String caseJson = json(get(CASES + id), h.officer());
        List<String> due = JsonPath.read(caseJson, "$.deadlines[?(@.kind == 'DECISION')].dueOn");
        String form = text(id, documents, "CASE_EXTENSION_APPROVAL", h.officer());
        LocalDate until = LocalDate.parse(due.get(0));
        assertThat(form).contains("延长办案期限审批表", JsonPath.<String>read(caseJson, "$.caseNumber"),
                h.party().name(), "测试路1号", "13912345678", "三十日", "案情复杂，需要检验鉴定",
                until.getYear() + "年" + until.getMonthValue() + "月" + until.getDayOfMonth() + "日");
        assertThat(form).doesNotContain("{{");
    }

    @Test
    void aHearingAndAWaiverIssueTheirOwnDocumentsAndARefusedStepIssuesNone() throws Exception {
        Handling h = data.agency("听证文书局");
        data.firstOffenceListed(h);
        long heard = clock.earlierBy(Duration.ofDays(30), () -> {
            long id = data.filed(h);
            investigations.recordEvidence(h.officer(), id, data.next(id), evidence());
            investigations.submitForReview(h.officer(), id, data.next(id), fine("150000", "货值金额巨大，情节严重"),
                    ordinary());
            investigations.notifyParty(h.officer(), id, data.next(id));
            investigations.requestHearing(h.officer(), id, data.next(id));
            investigations.scheduleHearing(h.officer(), id, data.next(id), cases.today().plusDays(20), h.chair());
            return id;
        });
        List<Map<String, Object>> documents = JsonPath.read(json(get(CASES + heard + "/documents"), h.officer()),
                "$");
        assertThat(documents).extracting(d -> d.get("kind")).containsExactly("FILING_APPROVAL",
                "HEARING_RIGHTS_NOTICE", "HEARING_NOTICE");
        assertThat(text(heard, documents, "HEARING_RIGHTS_NOTICE", h.officer()))
                .contains("罚款人民币150,000.00元（大写：壹拾伍万元整）", "货值金额巨大", "五个工作日");

        long waived = data.reviewed(h, "2000");
        investigations.notifyParty(h.officer(), waived, data.next(waived));
        investigations.recordStatement(h.officer(), waived, data.next(waived), null, true);
        ProposalForm firstOffence = new ProposalForm(DecisionKind.FIRST_OFFENCE_WAIVED, null, null, null, null, null,
                null, null, "初次违法，危害后果轻微并及时改正");
        assertThatThrownBy(() -> decisions.deliver(h.officer(), waived, data.next(waived)))
                .isInstanceOf(RuleViolation.class);
        decisions.decide(h.head(), waived, data.next(waived), firstOffence);
        List<Map<String, Object>> issued = JsonPath.read(json(get(CASES + waived + "/documents"), h.officer()), "$");
        assertThat(issued).extracting(d -> d.get("kind")).containsExactly("FILING_APPROVAL", "PRIOR_NOTICE",
                "NO_PENALTY_DECISION");
        assertThat(issued).extracting(d -> d.get("number")).last().asString().matches(".+不罚〔\\d{4}〕1号");
        assertThat(text(waived, issued, "NO_PENALTY_DECISION", h.officer()))
                .contains("初次违法，危害后果轻微并及时改正", "第三十三条第一款", h.party().name());
        assertThat(issued).extracting(d -> d.get("number")).first().asString().matches(".+立案〔\\d{4}〕2号");
    }

    @Test
    void documentsAreSeenOnlyByThoseWhoSeeTheCase() throws Exception {
        Handling h = data.agency("文书范围局");
        Handling other = data.agency("文书他局");
        long id = data.filed(h);
        List<Map<String, Object>> documents = JsonPath.read(json(get(CASES + id + "/documents"),
                RegistryTestData.supervisor()), "$");
        String path = CASES + id + "/documents/" + documents.get(0).get("id");
        mvc.perform(get(CASES + id + "/documents").with(user(other.officer()))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(other.officer()))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(RegistryTestData.enterprise(h.party().id()))))
                .andExpect(status().isForbidden());
        mvc.perform(get(CASES + id + "/documents/999999999").with(user(h.officer()))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.fazhi.platform.files.FileKind.DOCX.mediaType()));
        mvc.perform(get("/casework/cases/" + id).with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("立案审批表.docx")));
        mvc.perform(get("/casework/cases/" + id + "/documents/" + documents.get(0).get("id"))
                .with(user(h.officer()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/casework/cases?agency=" + h.agencyId()).with(user(h.officer())))
                .andExpect(jsonPath("$.items[0].caseNumber").value(org.hamcrest.Matchers.endsWith("〕1号")));
    }

    @Test
    void theCaseListExportsItsFilteredRowsWithCaseAndDecisionNumbers() throws Exception {
        Handling h = data.agency("导出局");
        Handling other = data.agency("导出他局");
        long decided = data.decided(h, "2000");
        long clue = data.complaint(h);
        long elsewhere = data.filed(other);
        String view = json(get(CASES + decided), h.officer());
        byte[] xlsx = mvc.perform(get("/casework/cases/export").param("agency", String.valueOf(h.agencyId()))
                .with(user(RegistryTestData.supervisor()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            List<List<String>> rows = new java.util.ArrayList<>();
            sheet.forEach(row -> {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            });
            assertThat(book.getSheetName(0)).isEqualTo("行政处罚案件");
            assertThat(rows.get(0)).contains("案件编号", "决定书文号", "当事人", "办案环节");
            assertThat(rows).anySatisfy(row -> assertThat(row).contains(JsonPath.read(view, "$.code"),
                    JsonPath.read(view, "$.caseNumber"), JsonPath.read(view, "$.decisionNumber"), h.party().name()));
            assertThat(rows.stream().flatMap(List::stream)).contains(code(clue, h))
                    .doesNotContain(code(elsewhere, other));
            assertThat(rows).hasSize(3);
        }
        mvc.perform(get("/casework/cases/export").param("agency", String.valueOf(h.agencyId()))
                .with(user(other.officer()))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).isNotEmpty());
        mvc.perform(get("/casework/cases").with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/casework/cases/export")));
    }

    private String code(long caseId, Handling h) throws Exception {
        return JsonPath.read(json(get(CASES + caseId), h.officer()), "$.code");
    }

    private String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        SignedInUser user) throws Exception {
        return mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String text(long caseId, List<Map<String, Object>> documents, String kind, SignedInUser user)
            throws Exception {
        Object documentId = documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow()
                .get("id");
        MvcResult result = mvc.perform(get(CASES + caseId + "/documents/" + documentId).with(user(user)))
                .andExpect(status().isOk()).andReturn();
        return docxText(result.getResponse().getContentAsByteArray());
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
