package org.fazhi.platform;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.platform.RenderedPages.Rendered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves the modules' {@link PublishedPages}: a conditional GET whose validator still holds is answered 304 before
 * any controller runs; otherwise a rendering kept for the current version is written as it is; otherwise the page is
 * rendered, and kept when it is the same for everyone (rendered for no session and setting no cookie). Runs inside
 * the security filter chain, so every answer carries the usual security headers. A kept rendering keeps its body,
 * content type and disposition (a download stays a download); the page's language is in its {@code <html lang>}.
 */
final class PublishedPagesFilter extends OncePerRequestFilter {

    private record Declared(PathPattern pattern, PublishedPages pages) {
    }

    private final List<Declared> declared;
    private final PublishedContent content;
    private final RenderedPages rendered;
    private final String cacheControl;

    PublishedPagesFilter(List<PublishedPages> pages, PublishedContent content, PublicPagesProperties properties) {
        this.declared = pages.stream().flatMap(page -> page.paths().stream()
                .map(path -> new Declared(PathPatternParser.defaultInstance.parse(path), page))).toList();
        this.content = content;
        this.rendered = new RenderedPages(properties.cacheSize().toBytes(), properties.largestEntry().toBytes());
        // Shared caches may keep the page (it is the same for everyone) but not serve it stale beyond max-age: a
        // withdrawal reaches every reader within max-age, and revalidating costs the reader one 304.
        this.cacheControl = "public, max-age=" + properties.maxAge().toSeconds() + ", must-revalidate";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PublishedPages> pages = "GET".equals(request.getMethod()) ? pagesOf(request) : Optional.empty();
        if (pages.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ContentVersion version = content.versionOf(pages.get().areas());
        if (version.isUnchangedFor(request.getHeader(HttpHeaders.IF_NONE_MATCH), ifModifiedSince(request))) {
            validators(response, version);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String query = request.getQueryString();
        String page = request.getRequestURI() + (query == null ? "" : "?" + query);
        Rendered kept = rendered.get(page, version.etag());
        if (kept != null) {
            write(kept, response, version);
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (isSameForEveryone(request, rendering)) {
            rendered.put(page, new Rendered(version.etag(), rendering.getStatus(), rendering.getContentType(),
                    rendering.getHeader(HttpHeaders.CONTENT_DISPOSITION), rendering.getContentAsByteArray()));
            validators(response, version);
        }
        rendering.copyBodyToResponse();
    }

    private Optional<PublishedPages> pagesOf(HttpServletRequest request) {
        String within = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer path = PathContainer.parsePath(within);
        return declared.stream().filter(one -> one.pattern().matches(path)).map(Declared::pages).findFirst();
    }

    private static boolean isSameForEveryone(HttpServletRequest request, ContentCachingResponseWrapper rendering) {
        return rendering.getStatus() == HttpServletResponse.SC_OK
                && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
                && request.getSession(false) == null && request.getUserPrincipal() == null;
    }

    private void write(Rendered kept, HttpServletResponse response, ContentVersion version) throws IOException {
        response.setStatus(kept.status());
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        if (kept.disposition() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, kept.disposition());
        }
        validators(response, version);
        response.setContentLength(kept.body().length);
        response.getOutputStream().write(kept.body());
    }

    private void validators(HttpServletResponse response, ContentVersion version) {
        response.setHeader(HttpHeaders.ETAG, version.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, version.lastModified().toEpochMilli());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unreadable) {
            return -1;
        }
    }
}
