package org.fazhi.catalog.flexible;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.SheetFiles;
import org.fazhi.registry.agency.Agency;
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

/** Flexible lists from Excel: a good file is imported whole, a bad one is refused whole with every problem. */
@FazhiIntegrationTest
class FlexibleImportIntegrationTests {

    private static final List<String> HEADERS = List.of("清单类别", "事项编码", "情形", "条件", "依据", "生效日期", "失效日期");

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;
    @Autowired JdbcClient jdbc;

    @Test
    void aGoodFileIsImportedWhole() throws Exception {
        Agency agency = registry.agency("导入柔性局");
        ItemRef penalty = catalog.penaltyItem(agency);
        ItemRef compulsion = catalog.item(agency, ItemCategory.COMPULSION, BenchmarkTestData.SINCE, null);
        String page = upload(RegistryTestData.agencyAdmin(agency), List.of(
                List.of("首违不罚", penalty.code(), "初次实施该违法行为", "首次违法、危害后果轻微并及时改正",
                        "《中华人民共和国行政处罚法》第三十三条第一款", "2025-02-01", ""),
                List.of("免予行政强制", compulsion.code(), "情节显著轻微", "", "", "2025-02-01", "2027-12-31")));
        assertThat(page).contains("已导入 2 条记录");
        assertThat(entriesOf(penalty, compulsion)).isEqualTo(2);
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        Agency agency = registry.agency("坏柔性局");
        ItemRef penalty = catalog.penaltyItem(agency);
        ItemRef otherAgencys = catalog.penaltyItem(registry.agency("别家柔性局"));
        String page = upload(RegistryTestData.agencyAdmin(agency), List.of(
                List.of("不予处罚", penalty.code(), "违法行为轻微并及时改正", "", "", "2025-02-01", ""),
                List.of("从宽处罚", penalty.code(), "情形", "", "", "2025-02-01", ""),
                List.of("减轻处罚", "NO-SUCH-CODE", "情形", "", "", "2025-02-01", ""),
                List.of("从轻处罚", penalty.code(), "", "", "", "2025-02-01", ""),
                List.of("从轻处罚", penalty.code(), "主动减轻危害后果", "", "", "2025-02-01", "2025-01-31"),
                List.of("免予行政强制", penalty.code(), "情节显著轻微", "", "", "2025-02-01", ""),
                List.of("首违不罚", otherAgencys.code(), "初次违法", "", "", "2025-02-01", "")));
        assertThat(page).contains("没有写入任何数据");
        assertThat(SheetFiles.problems(page)).containsExactly(
                "3|清单类别|不是可选值之一：不予处罚、首违不罚、从轻处罚、减轻处罚、免予行政强制",
                "4|事项编码|事项编码“NO-SUCH-CODE”不存在、不在有效期内或不在您的管理范围内",
                "5|情形|必填",
                "6|失效日期|失效日期不能早于生效日期",
                "7|事项编码|免予行政强制清单只能关联行政强制事项",
                "8|事项编码|事项编码“" + otherAgencys.code() + "”不存在、不在有效期内或不在您的管理范围内");
        assertThat(entriesOf(penalty, otherAgencys)).isZero();
    }

    @Test
    void readOnlyRolesMayNotImportAndTheTemplateHasTheColumns() throws Exception {
        mvc.perform(get("/catalog/flexible/import").with(user(RegistryTestData.leader()))).andExpect(status().isForbidden());
        byte[] template = mvc.perform(get("/catalog/flexible/import/template").with(user(RegistryTestData.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(SheetFiles.read(template).get(0)).containsExactlyElementsOf(HEADERS);
    }

    private String upload(SignedInUser user, List<List<String>> rows) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "flexible.xlsx", "application/octet-stream",
                SheetFiles.workbook("柔性执法清单", HEADERS, rows));
        return mvc.perform(multipart("/catalog/flexible/import").file(file).with(user(user)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long entriesOf(ItemRef... items) {
        return jdbc.sql("select count(*) from catalog.flexible_entry where item_id in (?, ?)")
                .params(items[0].id(), items[1].id()).query(Long.class).single();
    }
}
