package org.fazhi.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Links to static files ({@code @{/css/fazhi.css}}, {@code @{/webjars/htmx.org/dist/htmx.min.js}}) written by a
 * page get the resource chain's public URL (the webjar's version, a content version where one is configured); every
 * other link is written as it is. Spring's {@link ResourceUrlEncodingFilter}, which Boot registers whenever the
 * resource chain is on (as webjars-locator-lite turns it on), sends every link of a page through the chain: a link to
 * a page ({@code /disputes/reconsiderations/123}) matches the {@code /**} handler and is looked for, in vain and
 * uncached, on the classpath — half of a list page's rendering time, a dozen milliseconds per 20 rows
 * (docs/benchmarks.md, issue 12). A static file's link names a file with an extension; a page's link does not.
 * Being a {@link ResourceUrlEncodingFilter}, this one replaces Boot's.
 */
final class StaticResourceLinks extends ResourceUrlEncodingFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            chain.doFilter(request, new StaticLinksResponse(http, answer));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Whether a link names a file with an extension in this application, e.g. {@code /css/fazhi.css?v=1}. */
    static boolean namesStaticFile(String url) {
        if (!url.startsWith("/") || url.startsWith("//")) {
            return false;
        }
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int lastSegment = url.lastIndexOf('/', end - 1) + 1;
        int dot = url.lastIndexOf('.', end - 1);
        return dot > lastSegment && dot < end - 1;
    }

    private static final class StaticLinksResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        StaticLinksResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            // Exposed by the handler mappings once the request reaches the dispatcher, i.e. before any page renders.
            if (namesStaticFile(url) && request.getAttribute(ResourceUrlProviderExposingInterceptor
                    .RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider resources) {
                String resolved = resources.getForRequestUrl(request, url);
                return super.encodeURL(resolved != null ? resolved : url);
            }
            return super.encodeURL(url);
        }
    }
}
