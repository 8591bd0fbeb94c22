package org.fazhi.supervision.round;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.supervision.round.RoundTestData.Bureau;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rounds' and opinions' pages render for each side, and the rounds list exports as a real .xlsx. */
@FazhiIntegrationTest
class RoundPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RoundTestData data;
    @Autowired Opinions opinions;

    @Test
    void supervisorsAndAgenciesSeeTheirPages() throws Exception {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("页面监督局");
        SupervisionRound round = data.round(bureau, agency);
        data.finding(bureau, round, agency, "CONDUCT_PROCEDURE", "页面测试问题", "casework.case:7");

        mvc.perform(get("/supervision/rounds?text=第四季度").with(user(bureau.supervisor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2026年第四季度常态化监督")));
        mvc.perform(get("/supervision/rounds/" + round.id()).with(user(bureau.supervisor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面测试问题")))
                .andExpect(content().string(containsString("/casework/cases/7")));
        mvc.perform(get("/supervision/rounds/new").with(user(bureau.supervisor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(bureau.certified().name())));
        mvc.perform(post("/supervision/rounds").param("title", "x").with(user(bureau.supervisor())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("轮次名称须为2至80个字")));

        byte[] xlsx = mvc.perform(get("/supervision/rounds/export?text=第四季度").with(user(bureau.supervisor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("2026年第四季度常态化监督");
        }

        mvc.perform(post("/supervision/rounds/" + round.id() + "/opinions").param("agencyId", "" + agency.id())
                .with(user(bureau.supervisor())).with(csrf())).andExpect(status().is3xxRedirection());
        long id = opinions.search(bureau.supervisor(), new OpinionRepository.Search(null, null, round.id(), null),
                org.fazhi.platform.PageRequest.of(1, 10)).items().get(0).id();
        mvc.perform(get("/supervision/opinions/" + id).with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("answer-form")))
                .andExpect(content().string(not(containsString("id=\"accept\""))));
        mvc.perform(get("/supervision/opinions").with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-opinion=\"" + id + "\"")));
        mvc.perform(get("/supervision/opinions/" + id).with(user(RoundTestData.supervisorElsewhere())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/supervision/rounds/" + round.id()).with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("finding-form"))));
        mvc.perform(post("/supervision/opinions").param("subject", "bad").with(user(bureau.supervisor()))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的记录标识")));
    }
}
