package org.fazhi.inspection.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.EntitiesTestData;
import org.fazhi.entities.PartyKind;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.SheetFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing an agency's ledger of inspections made before Fazhi: a good file is kept whole and apart from tasks,
 * a bad one refused whole with every problem by row and column, and only the bureau or the agency's own legal
 * office may import it.
 */
@FazhiIntegrationTest
class HistoryImportIntegrationTests {

    static final List<String> HEADERS = List.of("执法主体", "检查对象", "检查日期", "检查类别", "检查事项编码",
            "检查结果", "检查人员", "备注");

    @Autowired MockMvc mvc;
    @Autowired InspectionTestData data;
    @Autowired Parties parties;
    @Autowired JdbcClient jdbc;

    @Test
    void aLedgerIsImportedWholeAndKeptApartFromTasks() throws Exception {
        Inspecting inspecting = data.agency("台账局", 0);
        Party enterprise = data.enterprise(false);
        Party person = person(parties);
        LocalDate day = LocalDate.now().minusYears(1);
        byte[] file = ledger(List.of(
                row(inspecting.agency().creditCode().value(), enterprise.creditCode(), day, "日常检查",
                        inspecting.item().code(), "未发现问题", "张伟（41042510001）、李娜", "纸质台账第3页"),
                row(inspecting.agency().name(), enterprise.name(), day.plusDays(3), "专项检查",
                        inspecting.item().code() + "；" + inspecting.item().code(), "责令整改", "", ""),
                row(inspecting.agency().name(), person.name(), day.plusDays(5), "个案检查", inspecting.item().code(),
                        "移送立案", "", "")));

        String page = upload(file, supervisor());

        assertThat(page).contains("已导入 3 条记录");
        assertThat(jdbc.sql("""
                select kind || '|' || result || '|' || enterprise || '|' || cardinality(item_ids)
                  from inspection.imported_inspection where agency_id = ? order by inspected_on""")
                .param(inspecting.agency().id()).query(String.class).list())
                .containsExactly("ROUTINE|NO_PROBLEM|true|1", "SPECIAL|RECTIFICATION|true|1", "CASE|CASE_TO_FILE|false|1");
        assertThat(jdbc.sql("select count(*) from inspection.task where lead_agency_id = ?")
                .param(inspecting.agency().id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit.entry where record_type = 'inspection.imported'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        String list = mvc.perform(get("/inspection/history").param("agency", String.valueOf(inspecting.agency().id()))
                        .with(user(agencyAdmin(inspecting.agency()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(enterprise.name(), "纸质台账第3页", "责令整改", inspecting.item().code());
    }

    @Test
    void aBadLedgerIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        Inspecting inspecting = data.agency("坏台账局", 0);
        Inspecting other = data.agency("他局", 0);
        Party enterprise = data.enterprise(false);
        Party twin = data.enterprise(false);
        rename(twin, enterprise.name() + "（同名）");
        Party sameName = data.enterprise(false);
        rename(sameName, enterprise.name() + "（同名）");
        LocalDate day = LocalDate.now().minusMonths(6);
        String item = inspecting.item().code();
        byte[] file = ledger(List.of(
                row(inspecting.agency().name(), enterprise.creditCode(), day, "日常检查", item, "未发现问题", "", ""),
                row("不存在的局", enterprise.creditCode(), day, "日常检查", item, "未发现问题", "", ""),
                row(inspecting.agency().name(), "不存在的企业", day, "日常检查", item, "未发现问题", "", ""),
                row(inspecting.agency().name(), enterprise.name() + "（同名）", day, "日常检查", item, "未发现问题", "", ""),
                row(inspecting.agency().name(), enterprise.creditCode(), LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1), "日常检查", item,
                        "未发现问题", "", ""),
                row(inspecting.agency().name(), enterprise.creditCode(), day.plusDays(1), "日常检查",
                        item + "、" + other.item().code() + "、NO-SUCH", "未发现问题", "", ""),
                row(inspecting.agency().name(), enterprise.creditCode(), day.plusDays(2), "例行检查", item, "良好", "", ""),
                row(inspecting.agency().name(), enterprise.creditCode(), day, "日常检查", item, "未发现问题", "", "")));

        String page = upload(file, supervisor());

        assertThat(page).contains("没有写入任何数据");
        assertThat(SheetFiles.problems(page)).containsExactly(
                "3|执法主体|本县没有这个名称或统一社会信用代码的执法主体",
                "4|检查对象|本县行政相对人名录中没有这个统一社会信用代码、身份证号或名称，请先登记该相对人",
                "5|检查对象|名录中有多个同名的相对人，请改填统一社会信用代码或身份证号",
                "6|检查日期|检查日期不能晚于今天",
                "7|检查事项编码|不是该执法主体清单中的事项编码（含已修订、已取消的版本）：" + other.item().code() + "、NO-SUCH",
                "8|检查类别|不是可选值之一：日常检查、个案检查、专项检查、上级部署的专项检查",
                "8|检查结果|不是可选值之一：未发现问题、责令整改、移送立案",
                "9|检查日期|该执法主体当天对该对象的检查已有记录（检查任务或已导入的记录），不能重复导入");
        assertThat(jdbc.sql("select count(*) from inspection.imported_inspection where agency_id = ?")
                .param(inspecting.agency().id()).query(Long.class).single()).isZero();
    }

    @Test
    void anAgencysLegalOfficeImportsItsOwnLedgerOnlyAndOfficersNone() throws Exception {
        Inspecting own = data.agency("本单位", 0);
        Inspecting other = data.agency("外单位", 0);
        Party enterprise = data.enterprise(false);
        LocalDate day = LocalDate.now().minusMonths(3);
        byte[] file = ledger(List.of(
                row(own.agency().name(), enterprise.creditCode(), day, "日常检查", own.item().code(), "未发现问题", "", ""),
                row(other.agency().name(), enterprise.creditCode(), day, "日常检查", other.item().code(), "未发现问题",
                        "", "")));

        assertThat(SheetFiles.problems(upload(file, agencyAdmin(own.agency()))))
                .containsExactly("3|执法主体|只能导入本单位的检查记录");
        mvc.perform(multipart("/inspection/history/import").file(new MockMultipartFile("file", "history.xlsx",
                        "application/octet-stream", file))
                        .with(user(RegistryTestData.user(Role.OFFICER, own.agency().id()))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspection/history/import").with(user(RegistryTestData.leader())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theExportWritesWhatTheImportReads() throws Exception {
        Inspecting inspecting = data.agency("导出台账局", 0);
        Party enterprise = data.enterprise(false);
        LocalDate day = LocalDate.now().minusYears(1).minusDays(20);
        List<String> written = row(inspecting.agency().name(), enterprise.creditCode(), day, "上级部署的专项检查",
                inspecting.item().code(), "责令整改", "王强", "补录");
        assertThat(upload(ledger(List.of(written)), supervisor())).contains("已导入 1 条记录");

        byte[] export = mvc.perform(get("/inspection/history/export")
                        .param("agency", String.valueOf(inspecting.agency().id())).with(user(supervisor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        List<List<String>> sheet = SheetFiles.read(export);
        assertThat(sheet.get(0)).containsExactlyElementsOf(HEADERS);
        assertThat(sheet.subList(1, sheet.size())).containsExactly(written);
        assertThat(SheetFiles.problems(upload(export, supervisor())))
                .containsExactly("2|检查日期|该执法主体当天对该对象的检查已有记录（检查任务或已导入的记录），不能重复导入");
    }

    static List<String> row(String agency, String party, LocalDate day, String kind, String items, String result,
                            String inspectors, String note) {
        return List.of(agency, party, day.toString(), kind, items, result, inspectors, note);
    }

    static byte[] ledger(List<List<String>> rows) throws Exception {
        return SheetFiles.workbook("历史检查记录", HEADERS, rows);
    }

    private String upload(byte[] file, SignedInUser who) throws Exception {
        return mvc.perform(multipart("/inspection/history/import").file(new MockMultipartFile("file", "history.xlsx",
                        "application/octet-stream", file)).with(user(who)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static Party person(Parties parties) {
        return parties.register(RegistryTestData.admin(), new PartyForm(PartyKind.PERSON, EntitiesTestData.personId(),
                "历史" + RegistryTestData.suffix(), "410425102", null, null, null, false, null, null,
                PartyStatus.OPERATING, null, new ArrayList<>(), 0));
    }

    private void rename(Party party, String name) {
        jdbc.sql("update entities.party set name = ? where id = ?").params(name, party.id()).update();
    }
}
