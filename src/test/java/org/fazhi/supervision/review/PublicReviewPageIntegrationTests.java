package org.fazhi.supervision.review;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public verification page of a campaign's draw: open to anyone, what the JSON record holds (commitment, public
 * value, directory digest and files, the sample) with the verifier's verdict, no personal data; kept and tagged
 * like the other published pages; not found before the draw or for an unknown campaign.
 */
@FazhiIntegrationTest
class PublicReviewPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ReviewTestData data;
    @Autowired ReviewCampaigns campaigns;

    @Test
    void showsTheDrawItsInputsAndTheVerifiersVerdictToAnyone() throws Exception {
        long id = data.drawn("公开核验" + RegistryTestData.suffix());
        PublishedSample sample = campaigns.publishedSample(id);

        MvcResult page = mvc.perform(get("/public/supervision/reviews/" + id + "/verification"))
                .andExpect(status().isOk()).andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("id=\"verification-result\" data-matches=\"true\"", "核验一致",
                sample.seed().announced().commitment(), "40417362", sample.directory().digest(),
                "共 " + sample.directory().count() + " 份", sample.seed().secret(), sample.seed().value());
        assertThat(html).as("commitment and seed recomputed and compared").contains("id=\"commitment-check\">相符",
                "id=\"combination-check\">相符");
        for (String line : sample.directory().lines()) {
            assertThat(html).contains(CaseFileEntry.parse(line).caseCode());
        }
        assertThat(html.split("data-drawn=\"true\"", -1)).hasSize(sample.drawn().size() + 1);
        assertThat(html).as("no personal data: not the witnesses nor who entered the value")
                .doesNotContain(ReviewTestData.WITNESSES.get(0), ReviewTestData.WITNESSES.get(1),
                        sample.seed().entry().enteredBy());
        assertThat(html).contains("name=\"viewport\"", "data-cards");
    }

    @Test
    void isKeptAndTaggedLikeTheOtherPublishedPages() throws Exception {
        long id = data.drawn("公开缓存" + RegistryTestData.suffix());
        String path = "/public/supervision/reviews/" + id + "/verification";

        MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(tag).isNotBlank();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("public");
        assertThat(first.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, tag)).andExpect(status().isNotModified());

        data.drawn("公开缓存另一" + RegistryTestData.suffix());
        MvcResult after = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, tag))
                .andExpect(status().isOk()).andReturn();
        assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).as("a new draw moves the area's tag")
                .isNotEqualTo(tag);
    }

    @Test
    void aCampaignNotYetDrawnOrUnknownIsNotFound() throws Exception {
        long announced = data.announced("公开未抽" + RegistryTestData.suffix());

        mvc.perform(get("/public/supervision/reviews/" + announced + "/verification"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/supervision/reviews/987654321/verification")).andExpect(status().isNotFound());
        mvc.perform(get("/public/supervision/reviews/abc/verification")).andExpect(status().is4xxClientError());

        campaigns.draw(RegistryTestData.supervisor(), announced, "11 22 33", java.util.List.of());
        mvc.perform(get("/public/supervision/reviews/" + announced + "/verification"))
                .andExpect(status().isOk());
    }
}
