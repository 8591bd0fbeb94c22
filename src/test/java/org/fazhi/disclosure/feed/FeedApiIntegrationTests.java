package org.fazhi.disclosure.feed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feed as an anonymous consumer reads it: a publication and its withdrawal as entries, in JSON and in CSV that
 * a CSV parser reads back (reason with comma, quotes and a line break included), no personal data, conditional
 * requests, refusals in Chinese naming the parameter, and the OpenAPI document.
 */
@FazhiIntegrationTest
class FeedApiIntegrationTests {

    private static final String FEED = FeedConfiguration.FEED;
    private static final String REASON = "原处罚决定已被复议机关撤销，见\"复议决定书\"\n第1号";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired DisclosureTestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aPublicationAndItsWithdrawalAreEntriesInJsonAndCsvWithoutPersonalData() throws Exception {
        long since = FeedReader.latest(mvc);
        Decided d = data.decidedOn("动态公示局", LocalDate.of(2026, 11, 2), "2000");
        long id = jdbc.sql("select id from disclosure.publication where case_id = ?").param(d.caseId())
                .query(Long.class).single();
        String path = "/api/v1/disclosure/publications/" + id;
        mvc.perform(post(path + "/publish").with(user(d.handling().head())).with(csrf())).andExpect(status().isOk());
        String published = mvc.perform(get(FEED + "?since=" + since)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].kind").value("PUBLISHED"))
                .andExpect(jsonPath("$.entries[0].publicationId").value(id))
                .andExpect(jsonPath("$.entries[0].party").value("欧阳某某"))
                .andExpect(jsonPath("$.entries[0].onPortal").value(true))
                .andExpect(jsonPath("$.entries[0].text", containsString("欧阳某某")))
                .andReturn().getResponse().getContentAsString();
        assertThat(published).doesNotContain(DisclosureTestData.PERSON, DisclosureTestData.PHONE, d.idNumber());
        mvc.perform(post(path + "/withdraw").with(user(d.handling().head())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("reason", REASON))))
                .andExpect(status().isOk());

        mvc.perform(get(FEED + "?since=" + since)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].onPortal").value(false))
                .andExpect(jsonPath("$.entries[0].text").doesNotExist())
                .andExpect(jsonPath("$.entries[1].kind").value("WITHDRAWN"))
                .andExpect(jsonPath("$.entries[1].withdrawalReason").value(REASON))
                .andExpect(jsonPath("$.more").value(false));
        MvcResult csv = mvc.perform(get(FEED + "?since=" + since).accept("text/csv"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.VARY, containsString("Accept"))).andReturn();
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").doesNotContain(DisclosureTestData.PERSON, DisclosureTestData.PHONE);
        List<List<String>> rows = Csv.parse(text.substring(1));
        List<String> header = rows.get(0);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(header.indexOf("kind"))).isEqualTo("PUBLISHED");
        assertThat(rows.get(1).get(header.indexOf("party"))).isEqualTo("欧阳某某");
        assertThat(rows.get(2).get(header.indexOf("kind"))).isEqualTo("WITHDRAWN");
        assertThat(rows.get(2).get(header.indexOf("withdrawalReason"))).isEqualTo(REASON);
        assertThat(rows.get(2).get(header.indexOf("publicationId"))).isEqualTo(Long.toString(id));
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
        mvc.perform(get(FEED + "?since=" + since + "&format=csv"))
                .andExpect(content().bytes(csv.getResponse().getContentAsByteArray()));
    }

    @Test
    void anUnchangedFeedAnswersNotModified() throws Exception {
        String etag = mvc.perform(get(FEED + "?since=0&size=1")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        mvc.perform(get(FEED + "?since=0&size=1").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void aCursorNeverHandedOutAWrongSizeOrFormatAreRefusedInChineseNamingTheParameter() throws Exception {
        for (String since : List.of("abc", "-1", "999999999999")) {
            mvc.perform(get(FEED + "?since=" + since)).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("since"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("游标")));
        }
        mvc.perform(get(FEED + "?since=abc").accept("text/csv")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("since"));
        mvc.perform(get(FEED + "?size=0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message", containsString("每页条数")));
        mvc.perform(get(FEED + "?format=xml")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void theFeedIsDocumentedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/disclosure/feed'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("since", "size", "format")))
                .andExpect(jsonPath("$.components.schemas.FeedEntry.properties.cursor").exists());
    }

    /** A strict RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks; CRLF between records. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else if (c == '"' || c == '\n' || c == '\r') {
                    throw new IllegalArgumentException("not RFC 4180 at " + i + ": " + c);
                } else {
                    field.append(c);
                }
            }
            if (quoted || !row.isEmpty() || !field.isEmpty()) {
                throw new IllegalArgumentException("the last record is not terminated");
            }
            return rows;
        }
    }
}
