package org.fazhi.casework.evidence;

import java.nio.file.Files;
import java.time.LocalDateTime;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.platform.files.SampleFiles;
import org.fazhi.platform.files.StoredFilesOnDisk;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The evidence pages: forms with problems beside their fields, the case page's section, a tampered file shown. */
@FazhiIntegrationTest
class EvidencePagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;
    @Autowired EvidenceFiles files;
    @Autowired EvidenceRecords records;
    @Autowired StoredFilesOnDisk disk;

    @Test
    void anInquiryFormComesBackWithEachProblemBesideItsFieldThenSavesAndShows() throws Exception {
        Handling h = data.agency("页面询问局");
        long id = data.filed(h);
        String form = "/casework/cases/" + id + "/records";

        mvc.perform(get(form + "/new").param("kind", "INQUIRY").with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("制作询问笔录")))
                .andExpect(content().string(containsString("执法证号")))
                .andExpect(content().string(containsString("name=\"questions\"")));
        mvc.perform(post(form).with(user(h.officer())).with(csrf()).param("kind", "INQUIRY")
                        .param("requestKey", "inquiry-page-" + id).param("version", String.valueOf(data.version(id)))
                        .param("questions", "是否取得许可证？").param("answers", "").param("more", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"qa-1\"")))
                .andExpect(content().string(containsString("是否取得许可证？")));
        mvc.perform(post(form).with(user(h.officer())).with(csrf()).param("kind", "INQUIRY")
                        .param("requestKey", "inquiry-page-" + id).param("version", String.valueOf(data.version(id)))
                        .param("place", "询问室").param("startedAt", "not a time")
                        .param("officerIds", String.valueOf(h.handlers().get(0)))
                        .param("questions", "是否取得许可证？").param("answers", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("格式不正确。")));
        LocalDateTime end = LocalDateTime.now().minusMinutes(1).withSecond(0).withNano(0);
        mvc.perform(post(form).with(user(h.officer())).with(csrf()).param("kind", "INQUIRY")
                        .param("requestKey", "inquiry-page-" + id).param("version", String.valueOf(data.version(id)))
                        .param("place", "询问室").param("startedAt", end.minusMinutes(20).toString())
                        .param("endedAt", end.toString()).param("officerIds", String.valueOf(h.handlers().get(0)))
                        .param("questions", "是否取得许可证？").param("answers", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("须有两名以上执法人员在场（行政处罚法第四十二条、第五十五条）。")))
                .andExpect(content().string(containsString("id=\"personName\"")))
                .andExpect(content().string(containsString("必须填写。")))
                .andExpect(content().string(containsString("value=\"询问室\"")));
        mvc.perform(post(form).with(user(h.officer())).with(csrf()).param("kind", "INQUIRY")
                        .param("requestKey", "inquiry-page-" + id).param("version", String.valueOf(data.version(id)))
                        .param("place", "询问室").param("startedAt", end.minusMinutes(20).toString())
                        .param("endedAt", end.toString()).param("officerIds", String.valueOf(h.handlers().get(0)),
                                String.valueOf(h.handlers().get(1))).param("personName", "王某")
                        .param("idKind", "PASSPORT").param("idNumber", "E12345678").param("relation", "WITNESS")
                        .param("questions", "是否在场？", "").param("answers", "在场。", ""))
                .andExpect(redirectedUrl("/casework/cases/" + id + "#evidence-records"))
                .andExpect(flash().attribute("flash", "已保存询问笔录。"));

        mvc.perform(get("/casework/cases/" + id).with(user(RegistryTestData.supervisor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("询问室")))
                .andExpect(content().string(containsString("执法证号")))
                .andExpect(content().string(not(containsString("id=\"new-record-INQUIRY\""))));
        long recordId = records.ofCase(h.officer(), id).get(0).id();
        mvc.perform(get(form + "/" + recordId).with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("在场。")))
                .andExpect(content().string(containsString("E1*****78")))
                .andExpect(content().string(not(containsString("E12345678"))));
    }

    @Test
    void theCasePageShowsEachFilesDigestAndWhichNoLongerMatches() throws Exception {
        Handling h = data.agency("页面证据文件局");
        long id = data.filed(h);

        mvc.perform(get("/casework/cases/" + id).with(user(h.officer())))
                .andExpect(content().string(containsString("id=\"new-record-SITE_INSPECTION\"")))
                .andExpect(content().string(containsString("id=\"new-file\"")));
        mvc.perform(multipart("/casework/cases/" + id + "/files").file(new MockMultipartFile("file", "现场.jpg", null,
                        SampleFiles.html())).param("requestKey", "page-file-" + id)
                        .param("version", String.valueOf(data.version(id))).with(user(h.officer())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("“现场.jpg”不是可作为证据的文件类型（按文件内容识别，不看文件名")));
        mvc.perform(multipart("/casework/cases/" + id + "/files").file(new MockMultipartFile("file", "现场.png", null,
                        SampleFiles.png())).param("requestKey", "page-file-" + id).param("title", "门店照片")
                        .param("version", String.valueOf(data.version(id))).with(user(h.officer())).with(csrf()))
                .andExpect(redirectedUrl("/casework/cases/" + id + "#evidence-files"));
        EvidenceFile kept = files.ofCase(h.officer(), id).get(0);

        mvc.perform(get("/casework/cases/" + id).with(user(h.officer())))
                .andExpect(content().string(containsString(kept.file().sm3())))
                .andExpect(content().string(containsString("与登记摘要一致")));
        mvc.perform(get("/casework/cases/" + id + "/files/" + kept.id()).with(user(h.officer())))
                .andExpect(status().isOk()).andExpect(content().bytes(SampleFiles.png()));
        Files.write(disk.pathOf(kept.file().id()), SampleFiles.jpeg());
        mvc.perform(get("/casework/cases/" + id).with(user(h.officer())))
                .andExpect(content().string(containsString("摘要不符，可能已被篡改")));
        assertThat(files.integrity(files.ofCase(h.officer(), id)))
                .containsEntry(kept.id(), EvidenceFiles.Integrity.ALTERED);
    }
}
