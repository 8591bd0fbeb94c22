package org.fazhi.inspection;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.filing.FilingForm;
import org.fazhi.inspection.filing.FilingStanding;
import org.fazhi.inspection.filing.FilingStatus;
import org.fazhi.inspection.filing.PlanFiling;
import org.fazhi.inspection.filing.PlanFilings;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.inspection.LocatedScansIntegrationTests.asUser;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 年度检查计划备案: filing with the document, the bureau's review, standings, refusals by role and scope. */
@FazhiIntegrationTest
class PlanFilingIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired PlanFilings filings;
    @Autowired MockMvc mvc;

    private static final int THIS_YEAR = LocalDate.now().getYear();

    @Test
    void anAgencyFilesItsPlanWithTheDocumentAndTheBureauAcceptsIt() throws Exception {
        Inspecting inspecting = data.agency("备案局", 2);
        byte[] document = PlanFilingFiles.docx("2027年度行政检查计划");

        mvc.perform(multipart("/inspection/plan-filings").file(new MockMultipartFile("document", "年度计划.docx",
                                "application/octet-stream", document)).param("year", String.valueOf(THIS_YEAR + 1))
                        .param("plannedRoutine", "40").param("plannedSpecial", "6").param("plannedHigherSpecial", "1")
                        .param("itemIds", String.valueOf(inspecting.item().id())).param("note", "按季度实施")
                        .with(asUser(agencyAdmin(inspecting.agency()))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        PlanFiling filed = latest(inspecting, THIS_YEAR + 1);

        assertThat(filed.status()).isEqualTo(FilingStatus.FILED);
        assertThat(filed.plannedTotal()).isEqualTo(47);
        mvc.perform(get("/inspection/plan-filings/" + filed.id() + "/document").with(asUser(leader())))
                .andExpect(status().isOk()).andExpect(content().bytes(document))
                .andExpect(header().string("Content-Type", containsString("wordprocessingml")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"));
        mvc.perform(post("/inspection/plan-filings/" + filed.id() + "/acceptance").param("version", "0")
                .with(asUser(supervisor())).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(filings.get(supervisor(), filed.id()).status()).isEqualTo(FilingStatus.ACCEPTED);
        assertThat(standing(inspecting, THIS_YEAR + 1).kind()).isEqualTo(FilingStanding.Kind.ON_TIME);
        assertThat(standing(inspecting, THIS_YEAR + 1).accepted()).isTrue();
    }

    @Test
    void aReturnedPlanIsFiledAgainAndTheHistoryStays() throws Exception {
        Inspecting inspecting = data.agency("退回局", 2);
        PlanFiling first = file(inspecting, THIS_YEAR);

        assertThatThrownBy(() -> filings.returnForCorrection(supervisor(), first.id(), first.version(), " "))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> file(inspecting, THIS_YEAR)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("inspection.filing.already-filed"));
        mvc.perform(post("/api/v1/inspection/plan-filings/" + first.id() + "/return").with(asUser(supervisor())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"检查事项不全\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        assertThat(standing(inspecting, THIS_YEAR).kind()).isEqualTo(FilingStanding.Kind.RETURNED);

        PlanFiling again = file(inspecting, THIS_YEAR);

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(filings.filings(agencyAdmin(inspecting.agency()), THIS_YEAR)).extracting(PlanFiling::status)
                .containsExactly(FilingStatus.FILED, FilingStatus.RETURNED);
        FilingStanding standing = standing(inspecting, THIS_YEAR);
        assertThat(standing.kind()).isEqualTo(LocalDate.now().isAfter(filings.dueOn(THIS_YEAR))
                ? FilingStanding.Kind.LATE : FilingStanding.Kind.ON_TIME);
    }

    @Test
    void onlyTheAgencysLegalOfficeFilesAndOnlyTheBureauDecides() throws Exception {
        Inspecting inspecting = data.agency("角色局", 2);
        for (SignedInUser other : List.of(user(Role.OFFICER, inspecting.agency().id()), leader(), supervisor())) {
            assertThatThrownBy(() -> filings.file(other, form(inspecting, THIS_YEAR), upload()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (SignedInUser readOnly : List.of(user(Role.OFFICER, inspecting.agency().id()), leader(),
                user(Role.RECONSIDERATION, null))) {
            mvc.perform(multipart("/inspection/plan-filings").file(new MockMultipartFile("document", "p.pdf",
                            "application/pdf", PlanFilingFiles.pdf())).param("year", String.valueOf(THIS_YEAR))
                    .with(asUser(readOnly)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/inspection/plan-filings").file(new MockMultipartFile("document", "p.pdf",
                            "application/pdf", PlanFilingFiles.pdf())).param("year", String.valueOf(THIS_YEAR))
                    .with(asUser(readOnly)).with(csrf())).andExpect(status().isForbidden());
        }
        PlanFiling filed = file(inspecting, THIS_YEAR);
        assertThatThrownBy(() -> filings.accept(agencyAdmin(inspecting.agency()), filed.id(), filed.version()))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/api/v1/inspection/plan-filings/" + filed.id() + "/acceptance").with(asUser(leader())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/inspection/plan-filings/" + filed.id() + "/acceptance").with(asUser(admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThatThrownBy(() -> filings.accept(supervisor(), filed.id(), filed.version()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void anotherAgencysFilingIsNotFoundOnPagesAndInTheApi() throws Exception {
        Inspecting inspecting = data.agency("本局", 2);
        Inspecting other = data.agency("他局", 2);
        PlanFiling filed = file(inspecting, THIS_YEAR);
        SignedInUser stranger = agencyAdmin(other.agency());

        mvc.perform(get("/inspection/plan-filings/" + filed.id()).with(asUser(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/inspection/plan-filings/" + filed.id() + "/document").with(asUser(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspection/plan-filings/" + filed.id()).with(asUser(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspection/plan-filings/" + filed.id() + "/document").with(asUser(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/inspection/plan-filings/" + filed.id() + "/return").param("version", "0")
                .param("reason", "无").with(asUser(stranger)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/inspection/plan-filings/" + filed.id() + "/acceptance").param("version", "0")
                .with(asUser(leader())).with(csrf())).andExpect(status().isForbidden());
        assertThat(filings.get(supervisor(), filed.id()).status()).isEqualTo(FilingStatus.FILED);
        mvc.perform(get("/api/v1/inspection/plan-filings/" + filed.id()).with(asUser(user(Role.OFFICER,
                inspecting.agency().id())))).andExpect(status().isOk()).andExpect(jsonPath("$.year").value(THIS_YEAR));
        assertThat(filings.standings(stranger, THIS_YEAR, null)).extracting(PlanFilings.AgencyStanding::agencyId)
                .containsExactly(other.agency().id());
        assertThat(filings.filings(stranger, null)).noneMatch(filing -> filing.id() == filed.id());
    }

    @Test
    void badDocumentsItemsAndCountsAreRefusedBesideTheField() throws Exception {
        Inspecting inspecting = data.agency("坏文件局", 2);
        Inspecting other = data.agency("坏事项局", 2);
        SignedInUser office = agencyAdmin(inspecting.agency());

        mvc.perform(multipart("/inspection/plan-filings").file(new MockMultipartFile("document", "plan.pdf",
                                "application/pdf", "<html><body>plan</body></html>".getBytes()))
                        .param("year", String.valueOf(THIS_YEAR)).param("plannedRoutine", "10")
                        .param("plannedSpecial", "0").param("plannedHigherSpecial", "0")
                        .param("itemIds", String.valueOf(inspecting.item().id())).with(asUser(office)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("计划文件须为 PDF 或 Word 文档")));
        assertThatThrownBy(() -> filings.file(office, new FilingForm(THIS_YEAR, 1, 0, 0,
                List.of(other.item().id()), null, null), upload()))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get(0).field())
                        .isEqualTo("itemIds"));
        assertThatThrownBy(() -> filings.file(office, new FilingForm(THIS_YEAR, 0, 0, 0,
                List.of(inspecting.item().id()), null, null), upload()))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get(0).messageKey())
                        .isEqualTo("inspection.filing.count.none"));
        assertThatThrownBy(() -> filings.file(office, form(inspecting, THIS_YEAR + 5), upload()))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get(0).field())
                        .isEqualTo("year"));
        assertThat(filings.filings(office, null)).isEmpty();
    }

    @Test
    void theBureausListShowsEveryInspectingAgencyAndExportsItToExcel() throws Exception {
        Inspecting onTime = data.agency("按时局", 2);
        Inspecting missing = data.agency("未报局", 2);
        file(onTime, THIS_YEAR + 1);

        List<PlanFilings.AgencyStanding> rows = filings.standings(supervisor(), THIS_YEAR + 1, null);
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.agencyId()).isEqualTo(onTime.agency().id());
            assertThat(row.standing().kind()).isEqualTo(FilingStanding.Kind.ON_TIME);
        }).anySatisfy(row -> {
            assertThat(row.agencyId()).isEqualTo(missing.agency().id());
            assertThat(row.standing().kind()).isEqualTo(FilingStanding.Kind.NOT_YET_DUE);
        });
        assertThat(filings.standings(supervisor(), THIS_YEAR + 1, FilingStanding.Kind.ON_TIME))
                .allMatch(row -> row.standing().kind() == FilingStanding.Kind.ON_TIME);

        byte[] xlsx = mvc.perform(get("/inspection/plan-filings/export").param("year", String.valueOf(THIS_YEAR + 1))
                        .with(asUser(leader())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                lines.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue());
            }
        }
        assertThat(lines.get(0)).isEqualTo("执法主体|备案情况");
        assertThat(lines).contains(onTime.agency().name() + "|按时备案", missing.agency().name() + "|未到期未备案");
    }

    @Test
    void thePagesShowTheListTheFormAndAFilingToWhoeverMaySeeThem() throws Exception {
        Inspecting inspecting = data.agency("页面局", 2);
        PlanFiling filed = file(inspecting, THIS_YEAR + 1);
        SignedInUser office = agencyAdmin(inspecting.agency());

        mvc.perform(get("/inspection/plan-filings").param("year", String.valueOf(THIS_YEAR + 1))
                        .with(asUser(supervisor())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(inspecting.agency().name()),
                        containsString("按时备案"), containsString("filing-summary"))));
        mvc.perform(get("/inspection/plan-filings").param("year", String.valueOf(THIS_YEAR + 1))
                        .param("standing", "MISSING").with(asUser(supervisor())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(inspecting.agency().name()))));
        mvc.perform(get("/inspection/plan-filings").with(asUser(office))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("filing-history"), containsString("new-filing"))));
        mvc.perform(get("/inspection/plan-filings/new").with(asUser(office))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("multipart/form-data"),
                        containsString(inspecting.item().name()))));
        mvc.perform(get("/inspection/plan-filings/new").with(asUser(user(Role.OFFICER, inspecting.agency().id()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspection/plan-filings/" + filed.id()).with(asUser(supervisor()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("accept-filing"), containsString(filed.document().sm3()),
                        containsString(inspecting.item().name()))));
        mvc.perform(get("/inspection/plan-filings/" + filed.id()).with(asUser(office))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("accept-filing"))));
        mvc.perform(get("/api/v1/inspection/plan-filing-standings").param("year", String.valueOf(THIS_YEAR + 1))
                        .with(asUser(office)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].standing").value("ON_TIME"))
                .andExpect(jsonPath("$[0].latestFilingId").value(filed.id()));
    }

    @Test
    void theDemoCountysAgenciesFiledMostlyOnTimeSomeLateSomeNot() {
        // Tests add agencies of their own to the demo county (named with a serial number): only the demo's count here.
        List<PlanFilings.AgencyStanding> lastYear = filings.standings(supervisor(), THIS_YEAR - 1, null).stream()
                .filter(row -> !row.agencyName().matches(".*[0-9].*")).toList();

        assertThat(lastYear).filteredOn(row -> row.standing().kind() == FilingStanding.Kind.ON_TIME)
                .hasSizeGreaterThan(lastYear.size() / 2);
        assertThat(lastYear).anyMatch(row -> row.standing().kind() == FilingStanding.Kind.LATE)
                .anyMatch(row -> row.standing().kind() == FilingStanding.Kind.MISSING);
    }

    private PlanFiling file(Inspecting inspecting, int year) throws Exception {
        return filings.file(agencyAdmin(inspecting.agency()), form(inspecting, year), upload());
    }

    static FilingForm form(Inspecting inspecting, int year) {
        return new FilingForm(year, 30, 4, 0, List.of(inspecting.item().id()), "年度计划", null);
    }

    static Upload upload() {
        return Upload.of("年度检查计划.pdf", PlanFilingFiles.pdf());
    }

    private PlanFiling latest(Inspecting inspecting, int year) {
        return filings.filings(agencyAdmin(inspecting.agency()), year).get(0);
    }

    private FilingStanding standing(Inspecting inspecting, int year) {
        return filings.standings(agencyAdmin(inspecting.agency()), year, null).get(0).standing();
    }
}
