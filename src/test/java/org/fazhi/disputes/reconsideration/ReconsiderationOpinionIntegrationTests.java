package org.fazhi.disputes.reconsideration;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 行政复议意见书 on the real database: the body issues one about a case (to its respondent by default, reply due in
 * 60 days), the agency's legal office replies once; the indicators count the opinions and those replied on time;
 * the pages, the export, bad input in Chinese, and who is refused what.
 */
@FazhiIntegrationTest
class ReconsiderationOpinionIntegrationTests {

    static final String API = "/api/v1/disputes/reconsideration-opinions";
    static final String PAGES = "/disputes/reconsideration-opinions";
    static final String ID_NUMBER = "41042519790521" + "789" + IdNumber.checkCharacter("41042519790521789");

    @Autowired MockMvc mvc;
    @Autowired Reconsiderations reconsiderations;
    @Autowired CaseworkTestData casework;
    @Autowired List<Indicator> indicators;
    @Autowired Clock clock;

    final SignedInUser body = RegistryTestData.user(Role.RECONSIDERATION, null);

    @Test
    void theBodyIssuesTheAgencyRepliesOnceAndTheIndicatorsCountIt() throws Exception {
        Handling h = casework.agency("意见书局");
        LocalDate today = LocalDate.now(clock);
        long c = reconsideration(h);
        String issued = call(post(API), body, "{\"reconsiderationId\": " + c + ", \"issuedOn\": \"" + today.minusDays(5)
                + "\", \"issue\": \"执法文书未告知救济途径\", \"requiredAction\": \"规范文书并自查同类案件\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agencyId").value(h.agencyId()))
                .andExpect(jsonPath("$.replyDue").value(today.minusDays(5).plusDays(60).toString()))
                .andExpect(jsonPath("$.number", containsString("复意〔")))
                .andExpect(jsonPath("$.mayReply").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(issued.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));

        call(get(API + "/" + id), h.head(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayReply").value(true)).andExpect(jsonPath("$.overdue").value(false));
        call(post(API + "/" + id + "/reply"), h.head(), "{\"measures\": \"已修订文书模板，自查案件8件\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.repliedOn").value(today.toString()))
                .andExpect(jsonPath("$.repliedOnTime").value(true));
        call(post(API + "/" + id + "/reply"), h.head(), "{\"measures\": \"再次反馈\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("不能重复反馈")));

        long late = opinion(c, today.minusDays(30), today.minusDays(10));
        opinion(c, today.minusDays(3), today.plusDays(40));
        Period period = new Period(today.minusDays(40), today);
        assertThat(of("RECONSIDERATION_OPINIONS_ISSUED", h, period).numerator()).isEqualTo(3);
        Figure onTime = of("RECONSIDERATION_OPINIONS_REPLIED_ON_TIME_RATE", h, period);
        assertThat(onTime.numerator()).as("the one replied").isEqualTo(1);
        assertThat(onTime.denominator()).as("replied, or due and not replied; not the one still running").isEqualTo(2);
        call(get(API + "?overdue=true&agencyId=" + h.agencyId()), body, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) late)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
    }

    @Test
    void othersAreRefusedAndBadInputIsNamedInChinese() throws Exception {
        Handling h = casework.agency("意见书范围局");
        long c = reconsideration(h);
        long id = opinion(c, LocalDate.now(clock), null);
        String path = API + "/" + id;
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, h.agencyId() + 100_000);
        SignedInUser otherCounty = new SignedInUser(990_021, "supervisor-410482", "林州监督", Role.SUPERVISOR,
                RegionCode.of("410482"), null, null, true, false, false, null);
        SignedInUser otherCountyBody = new SignedInUser(990_022, "reconsideration-410482", "林州复议",
                Role.RECONSIDERATION, RegionCode.of("410482"), null, null, true, false, false, null);

        call(get(path), h.officer(), null).andExpect(status().isForbidden());
        call(get(API), RegistryTestData.enterprise(h.party().id()), null).andExpect(status().isForbidden());
        call(get(path), otherAgency, null).andExpect(status().isNotFound());
        call(post(path + "/reply"), otherAgency, "{\"measures\": \"x\"}").andExpect(status().isNotFound());
        call(get(API), otherAgency, null).andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(get(path), otherCounty, null).andExpect(status().isNotFound());
        call(post(API), otherCountyBody, "{\"reconsiderationId\": " + c + ", \"issue\": \"问题\", "
                + "\"requiredAction\": \"措施\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reconsiderationId")));
        call(get(path), RegistryTestData.supervisor(), null).andExpect(status().isOk());
        call(get(path), RegistryTestData.leader(), null).andExpect(status().isOk());
        call(post(path + "/reply"), RegistryTestData.supervisor(), "{\"measures\": \"x\"}")
                .andExpect(status().isForbidden());
        call(post(path + "/reply"), body, "{\"measures\": \"x\"}").andExpect(status().isForbidden());
        call(post(API), h.head(), "{\"reconsiderationId\": " + c + ", \"issue\": \"问题\", \"requiredAction\": \"措施\"}")
                .andExpect(status().isForbidden());
        call(post(API), RegistryTestData.supervisor(), "{}").andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());

        call(post(API), body, "{\"reconsiderationId\": " + c + ", \"issue\": \" \", \"issuedOn\": \""
                + LocalDate.now(clock) + "\", \"replyDue\": \"" + LocalDate.now(clock).minusDays(1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("issue")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("requiredAction")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("replyDue")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("反馈期限不能早于制发日期"))));
        call(post(path + "/reply"), h.head(), "{\"measures\": \"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measures"))
                .andExpect(jsonPath("$.errors[0].message", containsString("整改措施")));
    }

    @Test
    void thePagesIssueListExportAndReply() throws Exception {
        Handling h = casework.agency("意见书页面局");
        long c = reconsideration(h);

        page(get("/disputes/reconsiderations/" + c), body).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"new-opinion\"")));
        page(get(PAGES + "/new?reconsideration=" + c), body).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"opinion-form\"")));
        page(get(PAGES + "/new?reconsideration=" + c), RegistryTestData.supervisor()).andExpect(status().isForbidden());
        page(post(PAGES).param("reconsiderationId", Long.toString(c)).param("agencyId", Long.toString(h.agencyId()))
                .param("issue", "").param("requiredAction", "整改"), body).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写发现的问题")));
        String location = page(post(PAGES).param("reconsiderationId", Long.toString(c))
                .param("agencyId", Long.toString(h.agencyId())).param("issue", "页面问题：未履行告知义务")
                .param("requiredAction", "页面措施：完善告知程序"), body)
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(java.util.Objects.requireNonNull(location).replaceAll("^.*/", ""));

        page(get(PAGES + "/" + id), h.head()).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"opinion-reply-form\"")));
        page(get(PAGES + "/" + id), body).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"opinion-reply-form\""))));
        page(post(PAGES + "/" + id + "/reply").param("measures", "页面反馈：已完善告知程序"), h.head())
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
        page(get(PAGES + "/" + id), h.head()).andExpect(content().string(containsString("页面反馈：已完善告知程序")))
                .andExpect(content().string(not(containsString("id=\"opinion-reply-form\""))));
        page(get(PAGES + "?agencyId=" + h.agencyId() + "&replied=true"), RegistryTestData.supervisor())
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-opinion=\"" + id + "\"")));
        page(get(PAGES + "?agencyId=" + h.agencyId() + "&replied=false"), RegistryTestData.supervisor())
                .andExpect(content().string(not(containsString("data-opinion=\"" + id + "\""))));
        byte[] xlsx = page(get(PAGES + "/export?agencyId=" + h.agencyId()), body).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("意见书编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("页面问题：未履行告知义务");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("按期反馈");
        }
        page(get(PAGES), h.officer()).andExpect(status().isForbidden());
        page(get(PAGES + "/export"), RegistryTestData.enterprise(h.party().id())).andExpect(status().isForbidden());
    }

    @Test
    void theDemoCountyHasOpinionsRepliedAwaitedAndOverdue() throws Exception {
        call(get(API + "?size=50"), RegistryTestData.supervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.repliedOnTime == true)]").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.overdue == true)]").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.repliedOn == null && @.overdue == false)]").isNotEmpty());
    }

    private long reconsideration(Handling h) {
        LocalDate today = LocalDate.now(clock);
        long id = reconsiderations.receive(body, new ApplicationForm(today.minusDays(40), Channel.WINDOW, null,
                ApplicantKind.PERSON, "意见书申请人", ID_NUMBER, h.agencyId(), "罚款的行政处罚决定", null,
                today.minusDays(50), true)).id();
        reconsiderations.accept(body, id, today.minusDays(39), Procedure.GENERAL);
        return id;
    }

    private long opinion(long reconsiderationId, LocalDate issuedOn, @Nullable LocalDate replyDue) {
        ReconsiderationOpinion o = opinions.issue(body, new ReconsiderationOpinionForm(reconsiderationId, null, issuedOn,
                "问题" + issuedOn, "措施", replyDue));
        return o.id();
    }

    @Autowired ReconsiderationOpinions opinions;

    private Figure of(String code, Handling h, Period period) {
        Indicator indicator = indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        return indicator.measure(h.officer().region(), period).byAgency().stream()
                .filter(row -> row.agencyId() == h.agencyId()).findFirst().orElseThrow().figure();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String json)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
