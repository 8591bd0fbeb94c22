package org.fazhi.inspection;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.checkin.CheckInDistance;
import org.fazhi.inspection.checkin.LocatedScans;
import org.fazhi.inspection.checkin.ScanLocation;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.inspection.task.Visits;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 亮码即定位: the enterprise's phone may add where it was to its scan; far check-ins are flagged, never refused. */
@FazhiIntegrationTest
class LocatedScansIntegrationTests {

    private static final GeoPoint SHOP = new GeoPoint(33.9800, 113.2300);

    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired Visits visits;
    @Autowired LocatedScans located;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aScanFarFromTheRegisteredAddressIsFlaggedForTheSupervisorsANearOneIsNot() throws Exception {
        Inspecting inspecting = data.agency("定位局", 2);
        InspectionTask far = data.approvedCase(inspecting, data.enterpriseAt(SHOP));
        InspectionTask near = data.approvedCase(inspecting, data.enterpriseAt(SHOP));
        String farCode = visits.codeOf(far).orElseThrow();
        String nearCode = visits.codeOf(near).orElseThrow();

        long farScan = visits.scan(farCode, null, "10.0.0.1").scanId();
        mvc.perform(post("/visit/" + farCode + "/location").with(csrf()).param("scanId", String.valueOf(farScan))
                        .param("latitude", String.valueOf(SHOP.offset(4_000, 0).latitude()))
                        .param("longitude", String.valueOf(SHOP.longitude())).param("accuracy", "25"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("位置已记录")));
        CheckInDistance nearDistance = located.locate(nearCode, visits.scan(nearCode, null, null).scanId(),
                new ScanLocation(SHOP.offset(60, 80), 30));

        assertThat(nearDistance.metres()).isEqualTo(100);
        assertThat(nearDistance.far()).isFalse();
        var flagged = located.far(supervisor().scope(), PageRequest.of(1, 200)).items();
        assertThat(flagged).anySatisfy(row -> {
            assertThat(row.taskId()).isEqualTo(far.id());
            assertThat(row.checkedIn()).isTrue();
            assertThat(row.distance().metres()).isBetween(3_990L, 4_010L);
        });
        assertThat(flagged).noneMatch(row -> row.taskId() == near.id());
        assertThat(tasks.get(supervisor(), far.id()).status()).isEqualTo(TaskStatus.CHECKED_IN);

        mvc.perform(get("/inspection/far-check-ins").with(asUser(leader()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(far.code()), not(containsString(near.code())))));
        mvc.perform(get("/inspection/tasks/" + far.id()).with(asUser(agencyAdmin(inspecting.agency()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("task-places"), containsString("距离过远"))));
    }

    @Test
    void anotherAgencySeesNothingOfTheFlaggedScans() {
        Inspecting inspecting = data.agency("定位甲局", 2);
        Inspecting other = data.agency("定位乙局", 2);
        InspectionTask task = data.approvedCase(inspecting, data.enterpriseAt(SHOP));
        String code = visits.codeOf(task).orElseThrow();
        located.locate(code, visits.scan(code, null, null).scanId(), new ScanLocation(SHOP.offset(0, 5_000), 10));

        assertThat(located.far(agencyAdmin(inspecting.agency()).scope(), PageRequest.of(1, 200)).items())
                .anyMatch(row -> row.taskId() == task.id());
        assertThat(located.far(agencyAdmin(other.agency()).scope(), PageRequest.of(1, 200)).items())
                .noneMatch(row -> row.taskId() == task.id());
    }

    @Test
    void sharingIsNeverRequiredAndRefusingChangesNothing() throws Exception {
        Inspecting inspecting = data.agency("不定位局", 2);
        InspectionTask task = data.approvedCase(inspecting, data.enterpriseAt(SHOP));
        String code = visits.codeOf(task).orElseThrow();

        mvc.perform(get("/visit/" + code)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("检查码真实有效"), containsString("visit-location"),
                        containsString("/js/locate.js"))));
        long scan = jdbc.sql("select max(id) from inspection.code_scan where task_id = ?").param(task.id())
                .query(Long.class).single();
        mvc.perform(post("/visit/" + code + "/location").with(csrf()).param("scanId", String.valueOf(scan)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有收到位置")));

        assertThat(tasks.get(supervisor(), task.id()).status()).isEqualTo(TaskStatus.CHECKED_IN);
        assertThat(jdbc.sql("select located_at is null and not far and checked_in from inspection.code_scan where id = ?")
                .param(scan).query(Boolean.class).single()).isTrue();
    }

    @Test
    void onlyTheScanJustMadeWithTheCodeTakesAPlace() {
        Inspecting inspecting = data.agency("冒用定位局", 2);
        InspectionTask mine = data.approvedCase(inspecting, data.enterpriseAt(SHOP));
        InspectionTask other = data.approvedCase(inspecting, data.enterpriseAt(SHOP));
        String myCode = visits.codeOf(mine).orElseThrow();
        String otherCode = visits.codeOf(other).orElseThrow();
        long otherScan = visits.scan(otherCode, null, null).scanId();
        long myScan = visits.scan(myCode, null, null).scanId();
        ScanLocation here = new ScanLocation(SHOP, 10);

        assertThatThrownBy(() -> located.locate(myCode, otherScan, here)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("inspection.checkin.location.not-this-scan"));
        located.locate(myCode, myScan, here);
        assertThatThrownBy(() -> located.locate(myCode, myScan, here)).isInstanceOf(RuleViolation.class);

        tasks.revoke(user(Role.OFFICER, inspecting.agency().id()), other.id(), tasks.get(supervisor(), other.id()).version());
        assertThatThrownBy(() -> located.locate(otherCode, otherScan, here))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("inspection.checkin.location.code-invalid"));
    }

    @Test
    void aPartyWithoutCoordinatesGetsNoDistanceAndNoFlag() {
        Inspecting inspecting = data.agency("无坐标局", 2);
        Party unplaced = data.enterprise(false);
        InspectionTask task = data.approvedCase(inspecting, unplaced);
        String code = visits.codeOf(task).orElseThrow();

        CheckInDistance distance = located.locate(code, visits.scan(code, null, null).scanId(),
                new ScanLocation(SHOP.offset(50_000, 0), 10));

        assertThat(distance.metres()).isNull();
        assertThat(distance.far()).isFalse();
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor asUser(
            org.fazhi.identity.SignedInUser user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }
}
