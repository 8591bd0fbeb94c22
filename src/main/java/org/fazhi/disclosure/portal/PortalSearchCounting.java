package org.fazhi.disclosure.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each search of the decision list before anything answers it: the published-pages cache answers repeated
 * searches without running the controller (and a browser's revalidation with 304), so counting in the controller
 * would count only the first visitor of each result. A search is a GET of the list with at least one filter;
 * turning to page 2 of the same search, or opening the list without filters, is not another search.
 */
final class PortalSearchCounting extends OncePerRequestFilter {

    static final String PATH = "/public/decisions";

    private final PortalSearches searches;

    PortalSearchCounting(PortalSearches searches) {
        this.searches = searches;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) && isFirstPage(request) && filters(request).isSearch()) {
            searches.counted();
        }
        chain.doFilter(request, response);
    }

    private static boolean isFirstPage(HttpServletRequest request) {
        String page = request.getParameter("page");
        return page == null || page.isBlank() || "1".equals(page.strip());
    }

    private static PortalFilters filters(HttpServletRequest request) {
        return new PortalFilters(request.getParameter("q"), request.getParameter("agency"),
                request.getParameter("township"), request.getParameter("penalty"), request.getParameter("item"),
                request.getParameter("fineFrom"), request.getParameter("fineTo"), request.getParameter("from"),
                request.getParameter("to"));
    }
}
