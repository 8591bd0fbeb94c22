package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.checklist.ChecklistForm;
import org.fazhi.catalog.checklist.Checklists;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemForm;
import org.fazhi.identity.Role;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 检查表单 in the catalog: kept with the item version, copied by a revision, edited only while in force. */
@FazhiIntegrationTest
class ChecklistIntegrationTests {

    @Autowired Checklists checklists;
    @Autowired EnforcementItems items;
    @Autowired CatalogTestData data;
    @Autowired RegistryTestData registry;
    @Autowired MockMvc mvc;

    @Test
    void aRevisionStartsWithACopyOfTheChecklistAndTheOldVersionKeepsWhatItWasCheckedAgainst() {
        Agency agency = registry.agency("表单修订局");
        EnforcementItem first = data.item(CatalogTestData.inspectionForm(agency.id(), CatalogTestData.code(),
                "对食品经营者的监督检查", LocalDate.of(2021, 1, 1), null));
        List<CheckPoint> original = checklists.save(admin(), first.id(), form(first.version(),
                row(null, "许可证件"), row(null, "进货查验记录")));
        EnforcementItem before = items.get(admin(), first.id());

        EnforcementItem next = items.revise(admin(), first.id(), revision(before, LocalDate.of(2024, 1, 1)));
        List<CheckPoint> copied = checklists.of(admin(), next.id());
        assertThat(copied).extracting(CheckPoint::content).containsExactly("许可证件", "进货查验记录");
        assertThat(copied).extracting(CheckPoint::id).doesNotContainAnyElementsOf(
                original.stream().map(CheckPoint::id).toList());

        List<CheckPoint> changed = checklists.save(admin(), next.id(), form(next.version(),
                row(copied.get(1).id(), "进货查验记录"), row(null, "贮存条件"), row(copied.get(0).id(), "许可证件")));
        assertThat(changed).extracting(CheckPoint::content).containsExactly("进货查验记录", "贮存条件", "许可证件");
        assertThat(changed.get(0).id()).as("an edited point keeps its id").isEqualTo(copied.get(1).id());
        assertThat(checklists.of(admin(), first.id())).isEqualTo(original);
        assertThatThrownBy(() -> checklists.save(admin(), first.id(), form(items.get(admin(), first.id()).version(),
                row(null, "新增检查项"))))
                .isInstanceOf(RuleViolation.class).hasMessage("catalog.check-point.version-ended");
    }

    @Test
    void aStaleFormAnotherAgencysItemAndAnOfficerAreRefused() {
        Agency agency = registry.agency("表单权限局");
        Agency other = registry.agency("表单他局");
        EnforcementItem item = data.item(CatalogTestData.inspectionForm(agency.id(), CatalogTestData.code(),
                "对特种设备使用单位的监督检查", LocalDate.of(2024, 1, 1), null));
        checklists.save(agencyAdmin(agency), item.id(), form(item.version(), row(null, "使用登记")));

        assertThatThrownBy(() -> checklists.save(agencyAdmin(agency), item.id(), form(item.version(),
                row(null, "定期检验")))).isInstanceOf(StaleEdit.class);
        assertThatThrownBy(() -> checklists.of(agencyAdmin(other), item.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> checklists.save(RegistryTestData.user(Role.OFFICER, agency.id()), item.id(),
                form(item.version() + 1, row(null, "定期检验")))).isInstanceOf(AccessDeniedException.class);
        EnforcementItem penalty = data.item(agency, "对无证经营的行政处罚", LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> checklists.save(admin(), penalty.id(), form(penalty.version(), row(null, "无证"))))
                .isInstanceOf(RuleViolation.class).hasMessage("catalog.check-point.not-inspection");
        assertThatThrownBy(() -> checklists.save(admin(), item.id(), form(item.version() + 1, row(null, "x"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("catalog.check-point.content.size");
    }

    @Test
    void theItemPageShowsTheChecklistAndItsFormShowsEachProblemBesideItsRow() throws Exception {
        Agency agency = registry.agency("表单页面局");
        EnforcementItem item = data.item(CatalogTestData.inspectionForm(agency.id(), CatalogTestData.code(),
                "对公共场所卫生的监督检查", LocalDate.of(2024, 1, 1), null));

        mvc.perform(post("/catalog/items/" + item.id() + "/check-points").with(user(agencyAdmin(agency))).with(csrf())
                        .param("version", String.valueOf(item.version()))
                        .param("points[0].position", "1").param("points[0].content", "卫生许可证")
                        .param("points[0].standard", "取得卫生许可证并在有效期内")
                        .param("points[1].position", "2").param("points[1].content", "从业人员健康检查")
                        .param("points[1].standard", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写检查标准")))
                .andExpect(content().string(containsString("卫生许可证")));
        assertThat(checklists.of(admin(), item.id())).isEmpty();

        mvc.perform(post("/catalog/items/" + item.id() + "/check-points").with(user(agencyAdmin(agency))).with(csrf())
                        .param("version", String.valueOf(item.version()))
                        .param("points[0].position", "2").param("points[0].content", "卫生许可证")
                        .param("points[0].standard", "取得卫生许可证并在有效期内").param("points[0].keyPoint", "true")
                        .param("points[1].position", "1").param("points[1].content", "从业人员健康检查")
                        .param("points[1].standard", "从业人员取得有效健康合格证明"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/catalog/items/" + item.id() + "#item-checklist"));

        mvc.perform(get("/catalog/items/" + item.id()).with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th>检查标准</th>")))
                .andExpect(content().string(containsString("从业人员健康检查")))
                .andExpect(content().string(containsString("重点项")))
                .andExpect(content().string(not(containsString("编辑检查表单"))));
        mvc.perform(get("/public/catalog/items/" + item.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("取得卫生许可证并在有效期内")));
        mvc.perform(get("/catalog/items/" + item.id() + "/check-points/edit").with(user(RegistryTestData.leader())))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePublicSeesOnlyVersionsInForceToday() throws Exception {
        Agency agency = registry.agency("表单公示局");
        EnforcementItem ended = data.item(CatalogTestData.inspectionForm(agency.id(), CatalogTestData.code(),
                "已失效的检查事项", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        EnforcementItem future = data.item(CatalogTestData.inspectionForm(agency.id(), CatalogTestData.code(),
                "尚未施行的检查事项", LocalDate.now().plusMonths(1), null));

        mvc.perform(get("/public/catalog/items/" + ended.id())).andExpect(status().isNotFound());
        mvc.perform(get("/public/catalog/items/" + future.id())).andExpect(status().isNotFound());
    }

    @Test
    void theApiListsReplacesAndAddsPointsForKeepersOnly() throws Exception {
        Agency agency = registry.agency("表单接口事项局");
        EnforcementItem item = data.item(CatalogTestData.inspectionForm(agency.id(), CatalogTestData.code(),
                "对旅馆业治安情况的检查", LocalDate.of(2024, 1, 1), null));
        String api = "/api/v1/catalog/items/" + item.id() + "/check-points";
        String body = """
                {"version": %d, "points": [{"content": "住宿登记", "standard": "查验身份证件并如实登记",
                 "legalBasis": "《旅馆业治安管理办法》第六条", "keyPoint": true}]}""";

        mvc.perform(put(api).with(user(agencyAdmin(agency))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(item.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].content").value("住宿登记"))
                .andExpect(jsonPath("$[0].keyPoint").value(true));
        mvc.perform(put(api).with(user(agencyAdmin(agency))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(item.version()))).andExpect(status().isConflict());
        mvc.perform(post(api).with(user(agencyAdmin(agency))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": \"财物保管\", \"standard\": \"\", \"version\": %d}"
                                .formatted(item.version() + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("standard"));
        mvc.perform(post(api).with(user(agencyAdmin(agency))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": \"财物保管\", \"standard\": \"设置保管箱\", \"version\": %d}"
                                .formatted(item.version() + 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(2));
        mvc.perform(get(api).with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(put(api).with(user(RegistryTestData.leader())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(item.version() + 2))).andExpect(status().isForbidden());
        mvc.perform(get(api).with(user(agencyAdmin(registry.agency("表单接口他局"))))).andExpect(status().isNotFound());
    }

    static ChecklistForm form(int version, ChecklistForm.Row... rows) {
        return new ChecklistForm(List.of(rows), version);
    }

    static ChecklistForm.Row row(Long id, String content) {
        return new ChecklistForm.Row(id, null, content, content + "符合规定", "《中华人民共和国食品安全法》第三十五条",
                false, false);
    }

    private static ItemForm revision(EnforcementItem item, LocalDate from) {
        return new ItemForm(item.agencyId(), item.code(), item.name(), item.category(),
                item.enterpriseRelated(), from, null, item.legalBases().stream()
                .map(basis -> new ItemForm.BasisRow(basis.law(), basis.article(),
                        basis.quoted())).toList(), List.of(), item.version());
    }
}
