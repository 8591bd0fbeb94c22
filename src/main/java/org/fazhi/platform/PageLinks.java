package org.fazhi.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** Links to other pages of the current list that keep its filters: {@code ${@pageLinks.to(3)}} in templates. */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        // The request's query string arrives already encoded; rebuilding it without encode() keeps it intact.
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
        String query = uri.getQuery();
        return uri.getPath() + (query == null ? "" : "?" + query);
    }
}
