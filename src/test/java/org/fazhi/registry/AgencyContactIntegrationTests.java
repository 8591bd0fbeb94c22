package org.fazhi.registry;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyContact;
import org.fazhi.registry.agency.AgencyForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An agency's duties, address and phones: through the API, in and out of Excel, and for casework's documents. */
@FazhiIntegrationTest
class AgencyContactIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData data;
    @Autowired Agencies agencies;
    @Autowired AgencyDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void theApiTakesAndShowsDutiesAddressAndPhones() throws Exception {
        String body = RegistryJson.agency("接口联系局" + RegistryTestData.suffix()).replace("\"version\": 0}",
                "\"version\": 0, \"duties\": \"负责水行政执法\", \"address\": \"郏县广阳路8号\","
                        + " \"phone\": \"0375-5123456\", \"complaintPhone\": \"12345\"}");
        mvc.perform(post("/api/v1/registry/agencies").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duties").value("负责水行政执法"))
                .andExpect(jsonPath("$.address").value("郏县广阳路8号"))
                .andExpect(jsonPath("$.phone").value("0375-5123456"))
                .andExpect(jsonPath("$.complaintPhone").value("12345"));
    }

    @Test
    void aPhoneThatIsNoPhoneIsRefusedInChineseNamingTheField() throws Exception {
        String body = RegistryJson.agency("接口错号局" + RegistryTestData.suffix()).replace("\"version\": 0}",
                "\"version\": 0, \"phone\": \"5123456\", \"complaintPhone\": \"打电话\"}");
        mvc.perform(post("/api/v1/registry/agencies").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("complaintPhone")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(
                        "联系电话格式不正确：请填写带区号的固定电话（如0375-5123456）、手机号码或12345等服务热线")));
    }

    @Test
    void anExportedAgencyReadsBackWithItsContactAndABadPhoneIsRefusedInItsCell() throws Exception {
        Agency agency = withContact(data.agency("往返联系局"));
        List<List<String>> sheet = SheetFiles.read(mvc.perform(get("/registry/agencies/export")
                        .param("name", agency.name()).with(user(RegistryTestData.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(sheet.get(0).subList(8, 12)).containsExactly("职责", "办公地址", "联系电话", "投诉举报电话");
        assertThat(sheet.get(1).subList(8, 12))
                .containsExactly("负责本县市场监管执法", "郏县龙山大道9号", "0375-5190001", "12315");

        List<String> copy = new ArrayList<>(sheet.get(1));
        copy.set(0, agency.name() + "二");
        copy.set(3, RegistryTestData.creditCode());
        List<String> badPhone = new ArrayList<>(copy);
        badPhone.set(0, agency.name() + "三");
        badPhone.set(3, RegistryTestData.creditCode());
        badPhone.set(11, "投诉电话");
        String refused = upload(SheetFiles.workbook("执法主体", sheet.get(0), List.of(badPhone)));
        assertThat(SheetFiles.problems(refused)).singleElement().asString()
                .startsWith("2|投诉举报电话|").contains("投诉举报电话格式不正确");

        assertThat(upload(SheetFiles.workbook("执法主体", sheet.get(0), List.of(copy)))).contains("已导入 1 条记录");
        assertThat(jdbc.sql("select duties || '|' || address || '|' || phone || '|' || complaint_phone"
                        + " from registry.agency where name = ?").param(agency.name() + "二").query(String.class).single())
                .isEqualTo("负责本县市场监管执法|郏县龙山大道9号|0375-5190001|12315");
    }

    @Test
    void caseworkReadsTheLetterheadThroughTheDirectory() {
        Agency agency = withContact(data.agency("信头局"));
        AgencyLetterhead letterhead = directory.letterheadOf(agency.id()).orElseThrow();
        assertThat(letterhead).isEqualTo(new AgencyLetterhead(agency.id(), agency.name(), "郏县龙山大道9号",
                "0375-5190001"));
        assertThat(directory.letterheadOf(data.agency("无信头局").id()).orElseThrow().address()).isEmpty();
    }

    private Agency withContact(Agency agency) {
        return agencies.update(RegistryTestData.admin(), agency.id(), AgencyForm.of(agency)
                .withPublicFacts("负责本县市场监管执法", new AgencyContact("郏县龙山大道9号", "0375-5190001", "12315")));
    }

    private String upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/registry/agencies/import").file(new MockMultipartFile("file", "sheet.xlsx",
                        "application/octet-stream", file)).with(user(RegistryTestData.admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
