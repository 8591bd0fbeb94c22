package org.fazhi.disclosure.feed;

import java.io.IOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Accept: text/csv} on the feed into {@code format=csv} before the published pages' cache sees the
 * request: that cache keeps renderings by path and query only, so a representation chosen by a header alone would
 * be served to whoever asks next. The answer says {@code Vary: Accept} for the caches in between.
 */
final class FeedFormat extends OncePerRequestFilter {

    private static final MediaType CSV = new MediaType("text", "csv");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        chain.doFilter(request.getParameter("format") == null && prefersCsv(request.getHeader(HttpHeaders.ACCEPT))
                ? new AsCsv(request) : request, response);
    }

    /** Whether CSV comes before JSON among what the client accepts (by quality, then order). */
    static boolean prefersCsv(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : types) {
                if (CSV.includes(type) && !type.isWildcardSubtype()) {
                    return true;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    return false;
                }
            }
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        return false;
    }

    /** The request as if it had asked {@code format=csv}. */
    private static final class AsCsv extends HttpServletRequestWrapper {

        AsCsv(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            return "format".equals(name) ? "csv" : super.getParameter(name);
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return "format".equals(name) ? new String[] {"csv"} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put("format", new String[] {"csv"});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return query == null || query.isEmpty() ? "format=csv" : query + "&format=csv";
        }
    }
}
