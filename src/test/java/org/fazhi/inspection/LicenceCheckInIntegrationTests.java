package org.fazhi.inspection;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.checkin.LicenceCheckIns;
import org.fazhi.inspection.checkin.LicenceScan;
import org.fazhi.inspection.checkin.ScanLocation;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.inspection.InspectionTestData.inspector;
import static org.fazhi.inspection.LocatedScansIntegrationTests.asUser;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 扫照签到: an inspector checks a visit in by the enterprise's business licence. */
@FazhiIntegrationTest
class LicenceCheckInIntegrationTests {

    private static final GeoPoint SHOP = new GeoPoint(33.9500, 113.1800);

    @Autowired InspectionTestData data;
    @Autowired LicenceCheckIns checkIns;
    @Autowired Tasks tasks;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aPhotoOfTheLicenceChecksInTheInspectorsTaskAndRecordsTheScan() throws Exception {
        Inspecting inspecting = data.agency("扫照局", 2);
        Party party = data.enterpriseAt(SHOP);
        InspectionTask task = data.approvedCase(inspecting, party);
        byte[] photo = LicencePhotos.of("http://www.gsxt.gov.cn/index.html?uniscid=" + party.creditCode(), 1600, 1200,
                "jpg");

        mvc.perform(multipart("/inspection/licence-scans").file(new MockMultipartFile("photo", "licence.jpg",
                                "image/jpeg", photo)).param("latitude", String.valueOf(SHOP.offset(0, 2_500).latitude()))
                        .param("longitude", String.valueOf(SHOP.offset(0, 2_500).longitude())).param("accuracy", "12")
                        .with(asUser(inspector(inspecting, inspecting.officers().get(0)))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inspection/tasks/" + task.id()));

        assertThat(tasks.get(supervisor(), task.id()).status()).isEqualTo(TaskStatus.CHECKED_IN);
        assertThat(jdbc.sql("""
                select kind || ':' || outcome || ':' || checked_in || ':' || far || ':' || (distance_m between 2490 and 2510)
                  from inspection.code_scan where task_id = ?""").param(task.id()).query(String.class).single())
                .isEqualTo("LICENCE:GENUINE:true:true:true");
    }

    @Test
    void aTypedCodeWorksAndALocationIsNeverRequired() {
        Inspecting inspecting = data.agency("输码局", 2);
        Party party = data.enterpriseAt(SHOP);
        InspectionTask task = data.approvedCase(inspecting, party);

        var outcome = checkIns.checkIn(inspector(inspecting, inspecting.officers().get(1)),
                new LicenceScan(null, " " + party.creditCode().toLowerCase() + " ", null, null, null));

        assertThat(outcome.checkedIn()).isNotNull().satisfies(checked -> {
            assertThat(checked.id()).isEqualTo(task.id());
            assertThat(checked.status()).isEqualTo(TaskStatus.CHECKED_IN);
        });
        assertThat(outcome.distance()).isNull();
        assertThatThrownBy(() -> checkIns.checkIn(inspector(inspecting, inspecting.officers().get(0)),
                new LicenceScan(null, party.creditCode(), null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("inspection.checkin.licence.already"));
    }

    @Test
    void anOfficerWhoIsNotAnInspectorOfTheTaskIsRefused() {
        Inspecting inspecting = data.agency("非本组局", 3);
        Party party = data.enterpriseAt(SHOP);
        InspectionTask task = data.approvedCase(inspecting, party);
        SignedInUser third = inspector(inspecting, inspecting.officers().get(2));

        assertThatThrownBy(() -> checkIns.checkIn(third, new LicenceScan(null, party.creditCode(), null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("inspection.checkin.licence.not-inspector"));
        assertThat(tasks.get(supervisor(), task.id()).status()).isEqualTo(TaskStatus.APPROVED);
    }

    @Test
    void anotherPartysLicenceCannotCheckInThisTask() {
        Inspecting inspecting = data.agency("错照局", 2);
        Party visited = data.enterpriseAt(SHOP);
        Party neighbour = data.enterpriseAt(SHOP);
        InspectionTask task = data.approvedCase(inspecting, visited);
        InspectionTask neighbours = data.approvedCase(inspecting, neighbour);
        SignedInUser officer = inspector(inspecting, inspecting.officers().get(0));

        assertThatThrownBy(() -> checkIns.checkIn(officer,
                new LicenceScan(null, neighbour.creditCode(), task.id(), null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("inspection.checkin.licence.not-this-party"));
        assertThat(tasks.get(supervisor(), task.id()).status()).isEqualTo(TaskStatus.APPROVED);
        assertThat(tasks.get(supervisor(), neighbours.id()).status()).isEqualTo(TaskStatus.APPROVED);
    }

    @Test
    void withSeveralMatchingTasksTheInspectorChooses() throws Exception {
        Inspecting inspecting = data.agency("多任务局", 2);
        Party party = data.enterpriseAt(SHOP);
        InspectionTask first = data.approvedCase(inspecting, party);
        InspectionTask second = data.approvedCase(inspecting, party);
        SignedInUser officer = inspector(inspecting, inspecting.officers().get(0));

        var outcome = checkIns.checkIn(officer, new LicenceScan(null, party.creditCode(), null, null, null));
        assertThat(outcome.checkedIn()).isNull();
        assertThat(outcome.choices()).extracting(InspectionTask::id).containsExactly(first.id(), second.id());

        mvc.perform(multipart("/inspection/licence-scans").param("creditCode", party.creditCode())
                        .with(asUser(officer)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("licence-scan-choices")));
        mvc.perform(multipart("/inspection/licence-scans").param("creditCode", party.creditCode())
                        .param("taskId", String.valueOf(second.id())).with(asUser(officer)).with(csrf()))
                .andExpect(redirectedUrl("/inspection/tasks/" + second.id()));
        assertThat(tasks.get(supervisor(), second.id()).status()).isEqualTo(TaskStatus.CHECKED_IN);
        assertThat(tasks.get(supervisor(), first.id()).status()).isEqualTo(TaskStatus.APPROVED);
    }

    @Test
    void appsCheckInThroughTheApiWithTheSameRules() throws Exception {
        Inspecting inspecting = data.agency("接口签到局", 3);
        Party party = data.enterpriseAt(SHOP);
        InspectionTask task = data.approvedCase(inspecting, party);
        String body = "{\"creditCode\":\"" + party.creditCode() + "\",\"latitude\":" + SHOP.latitude()
                + ",\"longitude\":" + SHOP.longitude() + ",\"accuracy\":8}";

        for (SignedInUser refused : new SignedInUser[] {leader(), agencyAdmin(inspecting.agency())}) {
            mvc.perform(post("/api/v1/inspection/licence-check-ins").with(asUser(refused)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/inspection/licence-check-ins")
                        .with(asUser(inspector(inspecting, inspecting.officers().get(2)))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("不是今天对")));
        mvc.perform(post("/api/v1/inspection/licence-check-ins")
                        .with(asUser(inspector(inspecting, inspecting.officers().get(0)))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checkedIn.id").value(task.id()))
                .andExpect(jsonPath("$.checkedIn.status").value("CHECKED_IN"))
                .andExpect(jsonPath("$.distanceMetres").value(0)).andExpect(jsonPath("$.far").value(false));
    }

    @Test
    void badPhotosAndCodesAreExplainedBesideTheField() throws Exception {
        Inspecting inspecting = data.agency("坏照局", 2);
        SignedInUser officer = inspector(inspecting, inspecting.officers().get(0));

        mvc.perform(multipart("/inspection/licence-scans").file(new MockMultipartFile("photo", "x.png", "image/png",
                        LicencePhotos.blank(800, 600))).with(asUser(officer)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("未能识别照片中的二维码")));
        mvc.perform(multipart("/inspection/licence-scans").file(new MockMultipartFile("photo", "x.png", "image/png",
                        LicencePhotos.of("https://weixin.qq.com/r/abc", 800, 600, "png"))).with(asUser(officer))
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不含统一社会信用代码")));
        mvc.perform(multipart("/inspection/licence-scans").param("creditCode", "91350100M000100Y44")
                        .with(asUser(officer)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("校验位不正确")));
        assertThatThrownBy(() -> checkIns.checkIn(officer, new LicenceScan(null, "91350100M000100Y43", null, null,
                null))).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get(0)
                .messageKey()).isEqualTo("inspection.checkin.licence.party-unknown"));
    }

    @Test
    void onlyAnOfficerWhoseAccountNamesTheOfficerMayCheckIn() throws Exception {
        Inspecting inspecting = data.agency("无关联局", 2);
        Party party = data.enterpriseAt(SHOP);
        data.approvedCase(inspecting, party);

        assertThatThrownBy(() -> checkIns.checkIn(user(Role.OFFICER, inspecting.agency().id()),
                new LicenceScan(null, party.creditCode(), null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("inspection.checkin.licence.account-unlinked"));
        assertThatThrownBy(() -> checkIns.checkIn(agencyAdmin(inspecting.agency()),
                new LicenceScan(null, party.creditCode(), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        for (SignedInUser readOnly : new SignedInUser[] {leader(), supervisor(), agencyAdmin(inspecting.agency())}) {
            mvc.perform(get("/inspection/licence-scans").with(asUser(readOnly))).andExpect(status().isForbidden());
            mvc.perform(multipart("/inspection/licence-scans").param("creditCode", party.creditCode())
                    .with(asUser(readOnly)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/inspection/licence-scans").with(asUser(inspector(inspecting, inspecting.officers().get(0)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("capture=\"environment\"")));
    }
}
