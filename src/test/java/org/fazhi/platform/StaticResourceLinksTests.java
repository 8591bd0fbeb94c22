package org.fazhi.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's links to static files get the resource chain's public URL; its links to pages are written as they are,
 * without asking the chain (asking is what made the list pages slow: docs/benchmarks.md, issue 12).
 */
class StaticResourceLinksTests {

    /** A resource chain that versions stylesheets and remembers every path it was asked about. */
    private static final class RecordingChain implements ResourceResolver {

        final List<String> asked = new ArrayList<>();

        @Override
        public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
                                                  List<? extends Resource> locations, ResourceResolverChain chain) {
            return null;
        }

        @Override
        public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
                                               ResourceResolverChain chain) {
            asked.add(resourcePath);
            return resourcePath.endsWith(".css") ? resourcePath.replace(".css", "-0123abcd.css") : null;
        }
    }

    private final RecordingChain chain = new RecordingChain();

    @Test
    void aLinkToAPageIsWrittenAsItIsWithoutAskingTheResourceChain() throws Exception {
        assertThat(written("/disputes/reconsiderations/123")).isEqualTo("/disputes/reconsiderations/123");
        assertThat(written("/disputes/reconsiderations?overdue=true&q=a.b")).isEqualTo(
                "/disputes/reconsiderations?overdue=true&q=a.b");
        assertThat(written("/registry/v1.2/officers")).isEqualTo("/registry/v1.2/officers");
        assertThat(chain.asked).isEmpty();
    }

    @Test
    void aLinkToAStaticFileGetsTheResourceChainsUrlKeepingItsQueryAndFragment() throws Exception {
        assertThat(written("/css/fazhi.css")).isEqualTo("/css/fazhi-0123abcd.css");
        assertThat(written("/css/fazhi.css?print=1#top")).isEqualTo("/css/fazhi-0123abcd.css?print=1#top");
        assertThat(written("/js/unversioned.js")).isEqualTo("/js/unversioned.js");
        assertThat(chain.asked).containsExactly("css/fazhi.css", "css/fazhi.css", "js/unversioned.js");
    }

    @Test
    void withoutTheDispatchersResourceUrlsAStaticLinkIsWrittenAsItIs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        assertThat(written(request, "/css/fazhi.css")).isEqualTo("/css/fazhi.css");
    }

    @Test
    void aStaticFileIsNamedByAnExtensionInTheLastSegmentOfAPathInThisApplication() {
        assertThat(StaticResourceLinks.namesStaticFile("/css/fazhi.css")).isTrue();
        assertThat(StaticResourceLinks.namesStaticFile("/webjars/htmx.org/dist/htmx.min.js?x=1")).isTrue();
        assertThat(StaticResourceLinks.namesStaticFile("/disputes/reconsiderations/123")).isFalse();
        assertThat(StaticResourceLinks.namesStaticFile("/webjars/htmx.org/dist")).isFalse();
        assertThat(StaticResourceLinks.namesStaticFile("/search?q=fazhi.css")).isFalse();
        assertThat(StaticResourceLinks.namesStaticFile("/list#row.3")).isFalse();
        assertThat(StaticResourceLinks.namesStaticFile("/files/.")).isFalse();
        assertThat(StaticResourceLinks.namesStaticFile("//cdn.example/x.js")).isFalse();
        assertThat(StaticResourceLinks.namesStaticFile("https://cdn.example/x.js")).isFalse();
        assertThat(StaticResourceLinks.namesStaticFile("css/fazhi.css")).isFalse();
    }

    private String written(String link) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/disputes/reconsiderations");
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setResourceResolvers(List.of(chain));
        ResourceUrlProvider resources = new ResourceUrlProvider();
        resources.setHandlerMap(Map.of("/**", handler));
        request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, resources);
        return written(request, link);
    }

    /** The link as a page rendered behind the filter writes it. */
    private static String written(MockHttpServletRequest request, String link) throws IOException, ServletException {
        List<String> links = new ArrayList<>();
        new StaticResourceLinks().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> links.add(((HttpServletResponse) res).encodeURL(link)));
        return links.get(0);
    }
}
