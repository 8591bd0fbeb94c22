package org.fazhi.casework;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.document.DocumentTemplates;
import org.fazhi.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A step fixes what its documents say and which template version prints them; the .docx is rendered when first
 * read. A county that replaces the template in between changes nothing already issued; two first readers at once
 * get the same file, rendered once.
 */
@FazhiIntegrationTest
class DocumentsPrintedWhenReadIntegrationTests {

    private static final String CASES = "/api/v1/casework/cases/";
    private static final String COUNTY_LINE = "本县替换模板后的新段落";

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;
    @Autowired DocumentTemplates templates;
    @Autowired JdbcClient jdbc;

    @Test
    void aDocumentPrintsFromTheTemplateItWasIssuedFromEvenAfterTheCountyReplacedIt() throws Exception {
        Handling h = data.agency("先印局");
        long before = data.filed(h);
        assertThat(unprinted(before)).isEqualTo(1);
        Path county = templates.countyFolder().resolve(DocumentKind.FILING_APPROVAL.fileName());
        Files.createDirectories(county.getParent());
        try {
            writeShippedWithExtraLine(county);
            long after = data.filed(h);

            String issuedBefore = CaseDocumentsIntegrationTests.docxText(document(before, h.officer()));
            String issuedAfter = CaseDocumentsIntegrationTests.docxText(document(after, h.officer()));
            assertThat(issuedBefore).contains(h.party().name()).doesNotContain(COUNTY_LINE);
            assertThat(issuedAfter).contains(h.party().name(), COUNTY_LINE);
            assertThat(unprinted(before)).isZero();
            assertThat(jdbc.sql("select count(distinct template_sm3) from casework.case_document where case_id in (?, ?)")
                    .param(before).param(after).query(Long.class).single()).isEqualTo(2);
        } finally {
            Files.deleteIfExists(county);
        }
    }

    @Test
    void twoFirstReadersAtOnceGetOneFileRenderedOnce() throws Exception {
        Handling h = data.agency("并读局");
        long id = data.filed(h);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Callable<byte[]> read = () -> document(id, h.officer());
            List<Future<byte[]>> both = readers.invokeAll(List.of(read, read));
            assertThat(both.get(0).get()).isEqualTo(both.get(1).get());
        } finally {
            readers.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from platform.stored_file where owner_type = 'casework.case' and owner_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    private byte[] document(long caseId, SignedInUser user) throws Exception {
        String list = mvc.perform(get(CASES + caseId + "/documents").with(user(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> documents = JsonPath.read(list, "$");
        return mvc.perform(get(CASES + caseId + "/documents/" + documents.get(0).get("id")).with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private long unprinted(long caseId) {
        return jdbc.sql("select count(*) from casework.case_document where case_id = ? and file_id is null")
                .param(caseId).query(Long.class).single();
    }

    private static void writeShippedWithExtraLine(Path target) throws Exception {
        byte[] shipped;
        try (var in = DocumentTemplates.class.getResourceAsStream("/casework/documents/"
                + DocumentKind.FILING_APPROVAL.fileName())) {
            shipped = in.readAllBytes();
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(shipped));
             OutputStream out = Files.newOutputStream(target)) {
            document.createParagraph().createRun().setText(COUNTY_LINE);
            document.write(out);
        }
    }
}
