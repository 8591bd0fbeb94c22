package org.fazhi.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the current list's filters: {@code ${@pageLinks.to(3)}} for another page of the list,
 * {@code ${@pageLinks.withFilters('/registry/officers/export')}} for its export (every row the filters match).
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        // The request's query string arrives already encoded; rebuilding it without encode() keeps it intact.
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
        String query = uri.getQuery();
        return uri.getPath() + (query == null ? "" : "?" + query);
    }

    /** {@code path} in this application with the current request's parameters but the page number. */
    public String withFilters(String path) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getContextPath() + path);
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page")) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return link.build().encode().toUriString();
    }
}
