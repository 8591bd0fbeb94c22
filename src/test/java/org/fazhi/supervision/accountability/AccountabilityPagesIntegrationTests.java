package org.fazhi.supervision.accountability;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.disputes.litigation.LitigationTestData;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 过错责任追究 pages: recording through the form, the list's filters, the export, and who is refused what. */
@FazhiIntegrationTest
class AccountabilityPagesIntegrationTests {

    private static final String PAGES = "/supervision/accountability";
    /** A year of its own, so that lists and counts are only this class's. */
    private static final int YEAR = 2018;

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData casework;
    @Autowired LitigationTestData litigation;

    @Test
    void aSupervisorRecordsAFindingWithItsHandlingAndFindsItByEveryFilter() throws Exception {
        Handling h = casework.agency("追责页面局");
        long id = recorded(h.agencyId(), "追责页面甲");
        String list = PAGES + "?year=" + YEAR + "&agencyId=" + h.agencyId();

        page(get(PAGES + "/" + id), RegistryTestData.supervisor()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("追责页面甲"), containsString("党纪政务处分"),
                        containsString("执法监督发现问题 第 17 号"))));
        page(get(list + "&handling=REFERRED_TO_DISCIPLINE"), RegistryTestData.supervisor())
                .andExpect(content().string(containsString("data-finding=\"" + id + "\"")))
                .andExpect(content().string(containsString("id=\"accountability-figures\"")));
        page(get(list + "&handling=NOT_PURSUED"), RegistryTestData.supervisor())
                .andExpect(content().string(not(containsString("data-finding=\"" + id + "\""))));
        page(get(list + "&person=追责页面甲&source=SUPERVISION_FINDING"), RegistryTestData.supervisor())
                .andExpect(content().string(containsString("data-finding=\"" + id + "\"")));
        page(get(list + "&source=LAWSUIT"), RegistryTestData.supervisor())
                .andExpect(content().string(not(containsString("data-finding=\"" + id + "\""))));
        page(get(list + "&q=法制审核"), RegistryTestData.supervisor())
                .andExpect(content().string(containsString("data-finding=\"" + id + "\"")));
        page(get(PAGES + "?year=" + (YEAR + 1) + "&agencyId=" + h.agencyId()), RegistryTestData.supervisor())
                .andExpect(content().string(not(containsString("data-finding=\"" + id + "\""))));
    }

    @Test
    void theFormNamesWhatIsMissingAndANotPursuedFindingNeedsItsReason() throws Exception {
        Handling h = casework.agency("追责校验局");
        String lawsuit = Long.toString(litigation.lost(h.agencyId(), LocalDate.of(YEAR, 8, 1)));

        page(post(PAGES).param("pursued", "true"), RegistryTestData.supervisor()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择被追责的执法单位"),
                        containsString("请填写来源"), containsString("请填写过错事实"))));
        page(post(PAGES).param("agencyId", "" + h.agencyId()).param("sourceKind", "LAWSUIT").param("sourceId", lawsuit)
                .param("fault", "行政诉讼败诉").param("foundOn", YEAR + "-09-01").param("pursued", "false")
                .param("circulated", "true").param("persons[0].name", "钱某"), RegistryTestData.supervisor())
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("不予追究的，请填写理由"),
                        containsString("不予追究的，不能同时通报批评、处理人员或移交纪委"),
                        containsString("请选择处理方式"))));
        String location = page(post(PAGES).param("agencyId", "" + h.agencyId()).param("sourceKind", "LAWSUIT")
                .param("sourceId", lawsuit).param("fault", "行政诉讼败诉").param("foundOn", YEAR + "-09-01")
                .param("pursued", "false").param("notPursuedReason", "执法人员不存在主观过错"), RegistryTestData.supervisor())
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "过错责任追究已登记"))
                .andReturn().getResponse().getRedirectedUrl();
        page(get(location), RegistryTestData.supervisor()).andExpect(content().string(
                allOf(containsString("执法人员不存在主观过错"), containsString("行政诉讼败诉案件 第 " + lawsuit + " 号"))));
    }

    @Test
    void agenciesReadOnlyTheirOwnAndOnlyTheCountysSupervisorsRecord() throws Exception {
        Handling h = casework.agency("追责范围局");
        long id = recorded(h.agencyId(), "追责范围乙");
        SignedInUser otherCounty = new SignedInUser(990_012, "supervisor-410482q", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);

        page(get(PAGES + "/" + id), h.head()).andExpect(status().isOk());
        page(get(PAGES + "?year=" + YEAR), h.head())
                .andExpect(content().string(containsString("data-finding=\"" + id + "\"")));
        page(get(PAGES + "/" + id), RegistryTestData.user(Role.AGENCY_ADMIN, h.agencyId() + 100_000))
                .andExpect(status().isNotFound());
        page(get(PAGES + "?year=" + YEAR), RegistryTestData.user(Role.AGENCY_ADMIN, h.agencyId() + 100_000))
                .andExpect(content().string(not(containsString("data-finding=\"" + id + "\""))));
        page(get(PAGES + "/" + id), otherCounty).andExpect(status().isNotFound());
        page(get(PAGES + "?year=" + YEAR), otherCounty)
                .andExpect(content().string(not(containsString("data-finding=\"" + id + "\""))));
        page(get(PAGES + "/new"), h.head()).andExpect(status().isForbidden());
        page(get(PAGES + "/new"), RegistryTestData.leader()).andExpect(status().isForbidden());
        page(post(PAGES).param("agencyId", "" + h.agencyId()), h.head()).andExpect(status().isForbidden());
        page(get(PAGES), h.officer()).andExpect(status().isForbidden());
        page(get(PAGES + "/new"), RegistryTestData.supervisor()).andExpect(status().isOk())
                .andExpect(content().string(containsString("persons[2].name")));
    }

    @Test
    void theListExportsWithItsFilters() throws Exception {
        Handling h = casework.agency("追责导出局");
        recorded(h.agencyId(), "追责导出丙");

        byte[] xlsx = page(get(PAGES + "/export?year=" + YEAR + "&agencyId=" + h.agencyId()),
                RegistryTestData.supervisor()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("认定日期");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).startsWith("追责导出局");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("执法监督发现问题");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("是");
            assertThat(row.getCell(9).getStringCellValue())
                    .isEqualTo("追责导出丙（党纪政务处分）、王某（组织处理）");
        }
        byte[] none = page(get(PAGES + "/export?year=" + YEAR + "&agencyId=" + h.agencyId() + "&handling=NOT_PURSUED"),
                RegistryTestData.supervisor()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(none))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
        page(get(PAGES + "/export"), h.officer()).andExpect(status().isForbidden());
    }

    private long recorded(long agencyId, String person) throws Exception {
        String location = page(post(PAGES).param("agencyId", "" + agencyId).param("sourceKind", "SUPERVISION_FINDING")
                .param("sourceId", "17").param("fault", "未按规定进行法制审核即作出处罚决定")
                .param("foundOn", YEAR + "-06-30").param("pursued", "true").param("circulated", "true")
                .param("referredToDiscipline", "true")
                .param("persons[0].name", person).param("persons[0].handling", "PARTY_GOVERNMENT_SANCTION")
                .param("persons[1].name", "王某").param("persons[1].handling", "ORGANISATIONAL")
                .param("persons[2].name", "").param("persons[2].handling", ""), RegistryTestData.supervisor())
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
