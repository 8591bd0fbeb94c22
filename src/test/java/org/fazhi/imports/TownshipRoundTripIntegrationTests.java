package org.fazhi.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.CatalogTestData;
import org.fazhi.entities.EntitiesTestData;
import org.fazhi.entities.bulk.PartyImport;
import org.fazhi.entities.bulk.PartyImport.Mode;
import org.fazhi.entities.bulk.PartyImport.Outcome;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.SheetFiles;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyForm;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.registry.agency.AgencyStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every sheet with a township reads it by name or by its nine-digit code, and its export writes a form its import
 * reads: exported parties, agencies and items go back in with their townships unchanged.
 */
@FazhiIntegrationTest
class TownshipRoundTripIntegrationTests {

    private static final String PARTY_HEADER = "类型,统一社会信用代码或身份证号,名称,所在乡镇（街道）,地址,行业代码,规模,五上企业,联系人,"
            + "联系电话,状态,信用等级,标记";

    @Autowired MockMvc mvc;
    @Autowired PartyImport parties;
    @Autowired Agencies agencies;
    @Autowired RegistryTestData registry;
    @Autowired JdbcClient jdbc;

    @Test
    void anExportedPartyGoesBackInWithItsTownshipIndustryAndPhone() throws Exception {
        String name = "郏县" + EntitiesTestData.tradeName() + "往返有限公司";
        String csv = PARTY_HEADER + "\r\n" + String.join(",", "企业", EntitiesTestData.enterpriseCode(), name, "410425104",
                "冢头镇东街1号", "5212", "小型", "否", "李经理", "13700001111", "存续", "B", "") + "\r\n";
        assertThat(importParties(csv.getBytes(StandardCharsets.UTF_8), "parties.csv").inserted()).isEqualTo(1);
        byte[] export = mvc.perform(get("/entities/parties/export").param("name", name)
                        .with(user(RegistryTestData.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(SheetFiles.read(export).get(1)).contains("冢头镇", "F52", "137****1111");

        Outcome again = importParties(export, "parties.xlsx");

        assertThat(again.problems().list()).isEmpty();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(jdbc.sql("select region_code || '|' || industry_code || '|' || contact_phone_masked from entities.party where name = ?")
                .param(name).query(String.class).single()).isEqualTo("410425104|F52|137****1111");
    }

    @Test
    void anExportedTownshipAgencyReadsBackWithItsTownship() throws Exception {
        Agency team = agencies.register(RegistryTestData.admin(), new AgencyForm("堂街镇往返执法大队" + RegistryTestData.suffix(),
                AgencyKind.TOWNSHIP_TEAM, "410425102", RegistryTestData.creditCode(), "乡镇赋权决定", null,
                List.of("MARKET"), AgencyStatus.ACTIVE, 0));
        byte[] export = mvc.perform(get("/registry/agencies/export").param("name", team.name())
                        .with(user(RegistryTestData.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> sheet = SheetFiles.read(export);
        assertThat(sheet.get(1).get(2)).isEqualTo("堂街镇");

        List<String> copy = new ArrayList<>(sheet.get(1));
        copy.set(0, team.name() + "二");
        copy.set(3, RegistryTestData.creditCode());
        List<String> byCode = new ArrayList<>(copy);
        byCode.set(0, team.name() + "三");
        byCode.set(2, "410425102");
        byCode.set(3, RegistryTestData.creditCode());
        String page = upload("/registry/agencies/import", SheetFiles.workbook("执法主体", sheet.get(0), List.of(copy, byCode)));

        assertThat(page).contains("已导入 2 条记录");
        assertThat(jdbc.sql("select region_code from registry.agency where name in (?, ?)")
                .params(team.name() + "二", team.name() + "三").query(String.class).list())
                .containsExactly("410425102", "410425102");
    }

    @Test
    void anItemDelegatedToOneTownshipByNameExportsItsCodeWhichReadsBack() throws Exception {
        Agency agency = registry.agency("往返事项局");
        Agency department = registry.agency("往返赋权局");
        List<String> headers = List.of("事项编码", "事项名称", "事项类别", "实施主体", "涉企", "生效日期", "失效日期", "法律依据", "赋权");
        String code = CatalogTestData.code();
        assertThat(upload("/catalog/items/import", SheetFiles.workbook("执法事项", headers, List.of(List.of(code,
                "对无照经营的行政检查", "行政检查", agency.name(), "是", "2024-01-01", "", "《无证无照经营查处办法》第十二条",
                "堂街镇:" + department.name()))))).contains("已导入 1 条记录");
        byte[] export = mvc.perform(get("/catalog/items/export").param("agency", String.valueOf(agency.id()))
                        .with(user(RegistryTestData.supervisor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> exported = SheetFiles.read(export).get(1);
        assertThat(exported.get(8)).isEqualTo("410425102:" + department.name());

        List<String> again = new ArrayList<>(exported);
        again.set(0, CatalogTestData.code());
        assertThat(upload("/catalog/items/import", SheetFiles.workbook("执法事项", headers, List.of(again))))
                .contains("已导入 1 条记录");
        assertThat(jdbc.sql("""
                select d.receiver_region_code from catalog.item i join catalog.delegation d on d.item_id = i.id
                 where i.code = ?""").param(again.get(0)).query(String.class).list()).containsExactly("410425102");
    }

    private Outcome importParties(byte[] file, String name) {
        return parties.run(RegistryTestData.admin(), new ByteArrayInputStream(file), name, Mode.ALL_OR_NONE);
    }

    private String upload(String path, byte[] file) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", "sheet.xlsx", "application/octet-stream",
                        file)).with(user(RegistryTestData.admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
