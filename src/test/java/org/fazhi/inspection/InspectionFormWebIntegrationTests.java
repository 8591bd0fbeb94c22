package org.fazhi.inspection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.CheckPoint;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.checklist.CheckOutcome;
import org.fazhi.inspection.checklist.CheckRecords;
import org.fazhi.inspection.checklist.InspectionFormIntegrationTests;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.fazhi.registry.RegistryTestData.enterprise;
import static org.fazhi.registry.RegistryTestData.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The form's page, its photos as served, and its REST API: same roles and scope, refusals included. */
@FazhiIntegrationTest
class InspectionFormWebIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired CheckRecords records;
    @Autowired Tasks tasks;
    @Autowired MockMvc mvc;

    @Test
    void theFormPageRecordsAPointWithAPhotoAndTheTaskPageCitesItAfterTheConclusion() throws Exception {
        Inspecting market = data.agency("表单页面检查局", 2);
        List<CheckPoint> points = data.checklist(market, "许可证件", "进货查验记录");
        InspectionTask task = data.approvedTask(market, data.enterprise(false));
        SignedInUser officer = user(Role.OFFICER, market.agency().id());
        String form = "/inspection/tasks/" + task.id() + "/checklist";

        mvc.perform(multipart(form + "/" + points.get(1).id()).param("outcome", "NONCONFORMING").param("note", " ")
                        .with(as(officer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("检查结论为不符合时，请说明发现的问题")));
        mvc.perform(multipart(form + "/" + points.get(1).id())
                        .file(new MockMultipartFile("photos", "台账.png", "text/html", png()))
                        .param("outcome", "NONCONFORMING").param("note", "进货台账缺少供货者许可证").with(as(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        records.record(officer, task.id(), points.get(0).id(), new CheckRecords.Entry(CheckOutcome.CONFORMS, null,
                null), List.of());
        long photo = records.form(task).entries().get(1).record().photos().get(0).id();

        mvc.perform(get("/inspection/tasks/" + task.id() + "/check-photos/" + photo).with(as(user(Role.LEADER, null))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
        mvc.perform(get("/inspection/tasks/" + task.id() + "/check-photos/" + photo).header(HttpHeaders.RANGE,
                        "bytes=0-7").with(as(user(Role.LEADER, null))))
                .andExpect(status().isPartialContent())
                .andExpect(header().string(HttpHeaders.CONTENT_LENGTH, "8"))
                .andExpect(content().bytes(Arrays.copyOf(png(), 8)));
        mvc.perform(get(form).with(as(user(Role.LEADER, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("进货台账缺少供货者许可证")))
                .andExpect(content().string(not(containsString("class=\"check-entry\""))));
        mvc.perform(post(form + "/" + points.get(0).id()).param("outcome", "CONFORMS").with(as(user(Role.LEADER, null)))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(form).with(as(enterprise(task.partyId())))).andExpect(status().isForbidden());

        InspectionTask current = tasks.get(officer, task.id());
        mvc.perform(post("/inspection/tasks/" + task.id() + "/conclusion").with(as(officer)).with(csrf())
                        .param("version", String.valueOf(current.version())).param("result", "NO_PROBLEM"))
                .andExpect(status().is3xxRedirection());
        tasks.conclude(officer, task.id(), current.version(), InspectionResult.RECTIFICATION,
                LocalDate.now().plusDays(10), null);
        mvc.perform(get("/inspection/tasks/" + task.id()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("检查结论引用的不符合检查项")))
                .andExpect(content().string(containsString("第2项“进货查验记录”：进货台账缺少供货者许可证")));
    }

    @Test
    void theApiRecordsAndAcceptsOnlyRealImagesForTheAgencyInScope() throws Exception {
        Inspecting market = data.agency("表单接口局", 2);
        CheckPoint point = data.checklist(market, "许可证件").get(0);
        InspectionTask task = data.approvedTask(market, data.enterprise(false));
        SignedInUser officer = user(Role.OFFICER, market.agency().id());
        String api = "/api/v1/inspection/tasks/" + task.id();

        mvc.perform(multipart(api + "/check-points/" + point.id() + "/photos").file(photo("a.png", png()))
                .with(as(officer)).with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(put(api + "/check-points/" + point.id()).with(as(officer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"NONCONFORMING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(put(api + "/check-points/" + point.id()).with(as(officer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"NONCONFORMING\", \"note\": \"许可证已过期\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("NONCONFORMING"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(multipart(api + "/check-points/" + point.id() + "/photos")
                        .file(photo("license.png", "<html>x</html>".getBytes(StandardCharsets.UTF_8)))
                        .with(as(officer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photos"));
        mvc.perform(multipart(api + "/check-points/" + point.id() + "/photos").file(photo("license.bin", png()))
                        .with(as(officer)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"));
        mvc.perform(get(api + "/check-points").with(as(user(Role.RECONSIDERATION, null))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].content").value("许可证件"))
                .andExpect(jsonPath("$[0].record.note").value("许可证已过期"))
                .andExpect(jsonPath("$[0].record.photos.length()").value(1));
        mvc.perform(put(api + "/check-points/" + point.id()).with(as(user(Role.LEADER, null))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"CONFORMS\", \"version\": 0}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(api + "/check-points").with(as(user(Role.OFFICER, data.agency("表单接口他局", 2).agency().id()))))
                .andExpect(status().isNotFound());
    }

    private static byte[] png() throws Exception {
        return InspectionFormIntegrationTests.png();
    }

    private static MockMultipartFile photo(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "image/png", bytes);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(SignedInUser user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }
}
