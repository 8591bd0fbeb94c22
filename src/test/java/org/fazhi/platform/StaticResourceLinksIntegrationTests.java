package org.fazhi.platform;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application shell links htmx with its webjar's version, and that link serves the script; a list's links to
 * its rows' pages are written as they are; and no filter but {@link StaticResourceLinks} rewrites links (Boot's
 * {@link ResourceUrlEncodingFilter} would send every row's link through the resource chain again).
 */
@FazhiIntegrationTest
class StaticResourceLinksIntegrationTests {

    private static final Pattern HTMX = Pattern.compile("<script src=\"(/webjars/htmx\\.org/\\d[^/\"]*/dist/htmx\\.min\\.js)\"");

    @Autowired MockMvc mvc;
    @Autowired List<FilterRegistrationBean<?>> filters;

    @Test
    void aListPageLinksStaticFilesWithTheirVersionAndItsRowsPagesAsTheyAre() throws Exception {
        String page = mvc.perform(get("/disputes/reconsiderations")
                        .with(user(RegistryTestData.user(Role.RECONSIDERATION, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Matcher htmx = HTMX.matcher(page);
        assertThat(htmx.find()).as("htmx linked with its version in %s", page).isTrue();
        mvc.perform(get(htmx.group(1))).andExpect(status().isOk());
        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/css/fazhi.css\">")
                .containsPattern("<a href=\"/disputes/reconsiderations/\\d+\">")
                .contains("action=\"/disputes/reconsiderations\"");
    }

    @Test
    void staticResourceLinksTakesThePlaceOfBootsResourceUrlEncodingFilter() {
        assertThat(filters).filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
                .extracting(registration -> registration.getFilter().getClass().getSimpleName())
                .containsExactly(StaticResourceLinks.class.getSimpleName());
    }
}
