package org.fazhi.disclosure.document;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's PDF of a decision, read back with PDFBox's text extraction: the number and 张某 are there, the
 * person's name and telephone are not; nothing before publication; a withdrawn one says 已撤回 and why.
 */
@FazhiIntegrationTest
class DecisionPdfIntegrationTests {

    private static final String PERSON = "张建国";
    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 29);

    @Autowired MockMvc mvc;
    @Autowired DisclosureTestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aPublishedDecisionReadsAsA4PdfWithTheNumberAndTheNameRedacted() throws Exception {
        Decided d = data.decidedOn("文书公示局", DECIDED, "2000", PERSON);
        long id = publicationOf(d);
        mvc.perform(get(pdf(id))).andExpect(status().isNotFound());

        act(d.handling().head(), id, "publish", null);
        byte[] bytes = mvc.perform(get(pdf(id))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        String number = jdbc.sql("select decision_number from disclosure.publication where id = ?").param(id)
                .query(String.class).single();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = textOf(pdf);
            assertThat(text).contains(number, "行政处罚决定书", "张某", "文书公示局")
                    .doesNotContain(PERSON).doesNotContain(DisclosureTestData.PHONE).doesNotContain(d.idNumber())
                    .doesNotContain("已撤回");
        }
    }

    @Test
    void aWithdrawnDecisionSaysSoWithItsReasonAndOtherIdsAreNotFound() throws Exception {
        Decided d = data.decidedOn("文书撤回局", DECIDED, "2000", PERSON);
        long id = publicationOf(d);
        act(d.handling().head(), id, "publish", null);
        act(d.handling().head(), id, "withdraw", "{\"reason\": \"原处罚决定经行政复议被撤销\"}");

        byte[] bytes = mvc.perform(get(pdf(id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(textOf(pdf)).contains("已撤回", "撤回理由：原处罚决定经行政复议被撤销", "张某")
                    .doesNotContain(PERSON);
        }
        Decided pending = data.decidedOn("文书待公示局", DECIDED, "2000", PERSON);
        mvc.perform(get(pdf(publicationOf(pending)))).andExpect(status().isNotFound());
        mvc.perform(get(pdf(Long.MAX_VALUE))).andExpect(status().isNotFound());
    }

    private long publicationOf(Decided d) {
        return jdbc.sql("select id from disclosure.publication where case_id = ?").param(d.caseId())
                .query(Long.class).single();
    }

    private void act(SignedInUser legalOffice, long id, String action, String body) throws Exception {
        var request = post("/api/v1/disclosure/publications/" + id + "/" + action).with(user(legalOffice))
                .with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        mvc.perform(request).andExpect(status().isOk());
    }

    private static String pdf(long id) {
        return "/public/decisions/" + id + ".pdf";
    }

    /** The text without the line breaks the page's width put in. */
    private static String textOf(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }
}
