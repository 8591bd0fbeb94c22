package org.fazhi.supervision.transfer;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The transfers' pages: proposing from a case, each step's form, refusals by scope and role, and the export. */
@FazhiIntegrationTest
class TransferPagesIntegrationTests {

    private static final String PAGES = "/supervision/transfers";
    private static final List<DocumentKind> REQUIRED = List.of(DocumentKind.TRANSFER_LETTER,
            DocumentKind.INVESTIGATION_REPORT, DocumentKind.EXHIBIT_LIST, DocumentKind.EXPERT_OPINION);

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData casework;
    @Autowired CaseDirectory cases;
    @Autowired TransferRepository repository;

    @Test
    void theAgencyProposesFromTheCaseAndTakesEveryStepOnTheTransfersPage() throws Exception {
        Handling h = casework.agency("页面移送局");
        long caseId = casework.filed(h);
        String code = cases.of(caseId).orElseThrow().code();

        page(get(PAGES + "/new?case=" + caseId), h.officer()).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        long id = proposed(h, code);
        String path = PAGES + "/" + id;
        page(get(path), h.officer()).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"approve\""))))
                .andExpect(content().string(containsString("id=\"document-form\"")));
        page(get(path), h.head()).andExpect(content().string(containsString("id=\"approve\"")));

        page(post(path + "/approve"), h.head()).andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("flash", containsString("已批准移送")));
        page(post(path + "/hand-over"), h.officer())
                .andExpect(flash().attribute("flashError", containsString("移送材料不全")));
        for (DocumentKind kind : REQUIRED) {
            upload(path, kind, h.officer()).andExpect(redirectedUrl(path))
                    .andExpect(flash().attribute("flash", "移送材料已上传"));
        }
        page(post(path + "/hand-over"), h.officer()).andExpect(flash().attribute("flash", "已移交接收机关"));
        page(post(path + "/decision").param("on", ""), h.officer())
                .andExpect(flash().attribute("flashError", "是否立案：请选择是否立案"));
        page(post(path + "/decision").param("filed", "false").param("note", "不予立案通知书"), h.officer())
                .andExpect(flash().attribute("flash", "已登记接收机关的决定"));
        assertThat(repository.find(id).orElseThrow().state()).isEqualTo(TransferState.NOT_FILED);
        page(get(path), h.officer()).andExpect(content().string(containsString("id=\"reconsideration\"")))
                .andExpect(content().string(containsString("id=\"continue\"")));
        page(post(path + "/reconsideration"), h.officer()).andExpect(flash().attribute("flash", "已提请复议"));
        page(post(path + "/decision").param("filed", "true"), h.officer())
                .andExpect(flash().attribute("flash", "已登记接收机关的决定"));
        page(post(path + "/exhibits"), h.officer()).andExpect(flash().attribute("flash", "已办结：涉案物品已移交"));

        Transfer done = repository.find(id).orElseThrow();
        assertThat(done.state()).isEqualTo(TransferState.CLOSED);
        assertThat(done.outcome()).isEqualTo(TransferOutcome.EXHIBITS_HANDED_OVER);
        page(get(path), h.officer()).andExpect(content().string(not(containsString("id=\"transfer-steps\""))));
    }

    @Test
    void theHeadRefusesWithAReasonAndTheFormsNameTheFieldThatIsMissing() throws Exception {
        Handling h = casework.agency("页面不批局");
        String code = cases.of(casework.filed(h)).orElseThrow().code();

        page(post(PAGES).param("caseCode", code).param("kind", "PUBLIC_SECURITY").param("receivingBody", "县公安局"),
                h.officer()).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写涉嫌罪名或违纪违法问题")));
        page(post(PAGES).param("caseCode", "不存在的编号").param("kind", "PUBLIC_SECURITY"), h.officer())
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有案件编号为")));
        long id = proposed(h, code);
        String path = PAGES + "/" + id;

        page(post(path + "/refuse").param("reason", " "), h.head())
                .andExpect(flash().attribute("flashError", "不批准理由：请填写不批准移送的理由"));
        page(post(path + "/decision").param("filed", "true"), h.officer())
                .andExpect(flash().attribute("flashError", containsString("不能登记立案决定")));
        page(post(path + "/refuse").param("reason", "尚未达到刑事立案追诉标准"), h.head())
                .andExpect(flash().attribute("flash", containsString("不批准移送")));
        assertThat(repository.find(id).orElseThrow().outcome()).isEqualTo(TransferOutcome.NOT_APPROVED);
    }

    @Test
    void othersAreRefusedOnThePagesAsInTheApi() throws Exception {
        Handling h = casework.agency("页面范围局");
        long caseId = casework.filed(h);
        long id = proposed(h, cases.of(caseId).orElseThrow().code());
        String path = PAGES + "/" + id;
        SignedInUser otherAgency = RegistryTestData.user(Role.OFFICER, h.agencyId() + 100_000);
        SignedInUser otherAgencyHead = RegistryTestData.user(Role.AGENCY_ADMIN, h.agencyId() + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_011, "supervisor-410482p", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);

        page(get(path), otherAgency).andExpect(status().isNotFound());
        page(post(path + "/approve"), otherAgencyHead).andExpect(status().isNotFound());
        page(get(PAGES + "/new?case=" + caseId), otherAgency).andExpect(status().isNotFound());
        page(get(path), otherCounty).andExpect(status().isNotFound());
        page(post(path + "/hand-over"), otherCounty).andExpect(status().isForbidden());
        page(get(path), RegistryTestData.supervisor()).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"transfer-steps\""))));
        page(post(path + "/approve"), RegistryTestData.supervisor()).andExpect(status().isForbidden());
        page(get(PAGES + "/new?case=" + caseId), RegistryTestData.supervisor()).andExpect(status().isForbidden());
        page(post(path + "/approve"), h.officer()).andExpect(status().isForbidden());
        assertThat(repository.find(id).orElseThrow().state()).isEqualTo(TransferState.PROPOSED);
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theListExportsWithItsFiltersAndTheReadersScope() throws Exception {
        Handling h = casework.agency("导出移送局");
        String code = cases.of(casework.filed(h)).orElseThrow().code();
        proposed(h, code);

        byte[] xlsx = page(get(PAGES + "/export?state=PROPOSED&q=" + code), RegistryTestData.supervisor())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(code);
            assertThat(row.getCell(1).getStringCellValue()).startsWith("导出移送局");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("行刑衔接（移送公安机关）");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("待负责人审批");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("负责人审批");
        }
        byte[] other = page(get(PAGES + "/export?q=" + code), RegistryTestData.user(Role.OFFICER, h.agencyId() + 100_000))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(other))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
        page(get(PAGES + "/export"), RegistryTestData.enterprise(h.party().id())).andExpect(status().isForbidden());
    }

    private long proposed(Handling h, String code) throws Exception {
        String location = page(post(PAGES).param("caseCode", code).param("kind", "PUBLIC_SECURITY")
                .param("suspectedOffence", "涉嫌销售伪劣产品罪").param("receivingBody", "县公安局"), h.officer())
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString(code)))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private ResultActions upload(String path, DocumentKind kind, SignedInUser caller) throws Exception {
        byte[] pdf = Arrays.copyOf("%PDF-1.7\n".getBytes(), 2048);
        return mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", kind + ".pdf",
                "application/pdf", pdf)).param("kind", kind.name()).with(user(caller)).with(csrf()));
    }

    private ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
