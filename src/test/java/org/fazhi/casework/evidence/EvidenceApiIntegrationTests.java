package org.fazhi.casework.evidence;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.files.SampleFiles;
import org.fazhi.registry.RegistryTestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The evidence API: records and files written, listed, read and downloaded (in ranges); refusals and scope. */
@FazhiIntegrationTest
class EvidenceApiIntegrationTests {

    private static final String CASES = "/api/v1/casework/cases/";

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;

    @Test
    void anInquiryIsWrittenListedAndReadThroughTheApi() throws Exception {
        Handling h = data.agency("接口笔录局");
        long id = data.filed(h);

        String created = call(post(CASES + id + "/records"), h.officer(), recordBody(id, h, """
                "kind": "INQUIRY", "place": "询问室", "personName": "王某", "idKind": "RESIDENT_ID",
                "idNumber": "%s", "relation": "PARTY",
                "answers": [{"question": "是否取得许可证？", "answer": "没有。"}]
                """.formatted(EvidenceSamples.RESIDENT_ID)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.record.kind").value("INQUIRY"))
                .andExpect(jsonPath("$.record.idNumberMasked").value("410425********1235"))
                .andExpect(jsonPath("$.record.officers[0].certificateNumber").isNotEmpty())
                .andExpect(jsonPath("$.caseVersion").value(data.version(id)))
                .andReturn().getResponse().getContentAsString();
        long recordId = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        call(get(CASES + id + "/records"), RegistryTestData.supervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].answers[0].answer").value("没有。"));
        call(get(CASES + id + "/records/" + recordId), h.officer(), null)
                .andExpect(jsonPath("$.personName").value("王某"))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(EvidenceSamples.RESIDENT_ID))));
        call(get(CASES + id), h.officer(), null).andExpect(jsonPath("$.timeline[*].detail", hasItem("询问笔录（询问室）")));
    }

    @Test
    void fieldProblemsAnswer400WithTheirPathsAndAClosedStage422WithTheArticles() throws Exception {
        Handling h = data.agency("接口笔录拒绝局");
        long id = data.filed(h);

        call(post(CASES + id + "/records"), h.officer(), """
                {"requestKey": "%s", "version": %d, "record": {"kind": "INQUIRY", "officerIds": [%d],
                 "answers": [{"question": "问题", "answer": ""}]}}
                """.formatted(UUID.randomUUID(), data.version(id), h.handlers().get(0)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("record.officerIds")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("record.answers[0].answer")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("record.place")))
                .andExpect(jsonPath("$.errors[?(@.field == 'record.officerIds')].message",
                        hasItem("须有两名以上执法人员在场（行政处罚法第四十二条、第五十五条）。")));

        long reviewed = data.reviewed(h, "3000");
        call(post(CASES + reviewed + "/records"), h.officer(), recordBody(reviewed, h, siteInspection()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.legalBasis").value("行政处罚法第四十二条、第四十七条、第五十五条"))
                .andExpect(jsonPath("$.detail", startsWith("案件处于「案件审查」阶段")));
        upload(reviewed, h.officer(), "照片.jpg", SampleFiles.jpeg()).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aFileIsUploadedListedWithItsDigestAndDownloadedInRanges() throws Exception {
        Handling h = data.agency("接口证据文件局");
        long id = data.filed(h);
        byte[] pdf = Arrays.copyOf("%PDF-1.7\n".getBytes(), 4096);

        String added = upload(id, h.officer(), "执法记录.pdf", pdf).andExpect(status().isCreated())
                .andExpect(jsonPath("$.file.evidenceKind").value("DOCUMENTARY"))
                .andExpect(jsonPath("$.file.file.kind").value("PDF"))
                .andExpect(jsonPath("$.file.file.sm3").value(org.fazhi.shared.Sm3.hex(org.fazhi.shared.Sm3.digest(pdf))))
                .andReturn().getResponse().getContentAsString();
        long fileId = Long.parseLong(added.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        call(get(CASES + id + "/files"), RegistryTestData.supervisor(), null)
                .andExpect(jsonPath("$[0].integrity").value("INTACT"))
                .andExpect(jsonPath("$[0].file.title").value("执法记录.pdf"));
        call(get(CASES + id + "/files/" + fileId + "/content"), h.officer(), null).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCEPT_RANGES, "bytes"))
                .andExpect(content().bytes(pdf));
        call(get(CASES + id + "/files/" + fileId + "/content").header(HttpHeaders.RANGE, "bytes=0-8"), h.officer(),
                null).andExpect(status().isPartialContent())
                .andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 0-8/4096"))
                .andExpect(content().bytes(Arrays.copyOf(pdf, 9)));
        upload(id, h.officer(), "照片.jpg", SampleFiles.html()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void anotherAgencyGets404ReadersMayNotAddAndStrangersMustLogIn() throws Exception {
        Handling h = data.agency("接口证据甲局");
        Handling other = data.agency("接口证据乙局");
        long id = data.filed(h);
        call(post(CASES + id + "/records"), h.officer(), recordBody(id, h, siteInspection()))
                .andExpect(status().isCreated());
        upload(id, h.officer(), "照片.png", SampleFiles.png()).andExpect(status().isCreated());

        for (String path : new String[] {"/records", "/records/1", "/files", "/files/1", "/files/1/content"}) {
            call(get(CASES + id + path), other.officer(), null).andExpect(status().isNotFound());
            mvc.perform(get(CASES + id + path)).andExpect(status().isUnauthorized());
        }
        call(post(CASES + id + "/records"), other.officer(), recordBody(id, h, siteInspection()))
                .andExpect(status().isNotFound());
        upload(id, other.officer(), "照片.png", SampleFiles.png()).andExpect(status().isNotFound());
        for (SignedInUser reader : new SignedInUser[] {RegistryTestData.leader(), RegistryTestData.supervisor(),
                RegistryTestData.user(Role.RECONSIDERATION, null)}) {
            call(get(CASES + id + "/records"), reader, null).andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(1)));
            call(post(CASES + id + "/records"), reader, recordBody(id, h, siteInspection()))
                    .andExpect(status().isForbidden());
            upload(id, reader, "照片.png", SampleFiles.png()).andExpect(status().isForbidden());
        }
        call(get(CASES + id + "/files"), RegistryTestData.enterprise(h.party().id()), null)
                .andExpect(status().isForbidden());
        mvc.perform(post(CASES + id + "/records").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(recordBody(id, h, siteInspection()))).andExpect(status().isUnauthorized());
    }

    private static String siteInspection() {
        return """
                "kind": "SITE_INSPECTION", "place": "门店", "presentName": "王某", "presentRole": "PARTY",
                "content": "未悬挂许可证"
                """;
    }

    private String recordBody(long id, Handling h, String fields) {
        LocalDateTime end = LocalDateTime.now().minusMinutes(5).withNano(0);
        return """
                {"requestKey": "%s", "version": %d, "record": {"startedAt": "%s", "endedAt": "%s",
                 "officerIds": [%d, %d], %s}}
                """.formatted(UUID.randomUUID(), data.version(id), end.minusMinutes(30), end, h.handlers().get(0),
                h.handlers().get(1), fields.strip());
    }

    private ResultActions upload(long id, SignedInUser caller, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart(CASES + id + "/files").file(new MockMultipartFile("file", name, null, bytes))
                .param("requestKey", UUID.randomUUID().toString()).param("version", String.valueOf(data.version(id)))
                .with(user(caller)).with(csrf()));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String body)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
