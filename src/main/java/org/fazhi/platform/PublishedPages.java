package org.fazhi.platform;

import java.util.List;
import java.util.Set;

/**
 * Public pages whose content is what some areas published (see {@link PublishedContent}): a module declares its
 * own as a bean, e.g. {@code new PublishedPages(List.of("/public/catalog/**"), Set.of("catalog", "registry"))}.
 * Their GET answers then carry ETag, Last-Modified and a short public Cache-Control, conditional requests are
 * answered 304, and anonymous renderings are kept until an area they depend on changes. Only for pages that are
 * the same for everyone; a page that sets a cookie or is rendered for a session is never kept.
 *
 * @param paths path patterns ({@code /public/catalog/**}); patterns of different declarations must not overlap
 * @param areas the areas whose publications the pages show, including other modules' (an agency's name)
 */
public record PublishedPages(List<String> paths, Set<String> areas) {

    public PublishedPages {
        paths = List.copyOf(paths);
        areas = Set.copyOf(areas);
    }
}
