package org.fazhi.identity;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.platform.NavigationEntry;
import org.fazhi.platform.NavigationLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules and navigation links in their usual shape, declared as one bean: under the module's paths
 * the readers may GET and the writers may do the rest; exceptions come before ({@link #open}, {@link #only}) or
 * between the two ({@link #alsoWrittenBy}). Rules apply in that order and the first that matches wins. Links show
 * to the readers unless they name their own roles. Which records a user may touch, the module's services decide.
 */
public final class ModuleAccess implements AccessRules, NavigationLinks {

    private final String[] paths;
    private final List<Rule> before = new ArrayList<>();
    private final List<Rule> writeExceptions = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private String[] readers = STAFF;
    private String[] writers = KEEPERS;

    private ModuleAccess(String... paths) {
        this.paths = paths;
    }

    /** The module's pages and API, e.g. {@code "/registry/**", "/api/v1/registry/**"}. */
    public static ModuleAccess of(String... paths) {
        return new ModuleAccess(paths);
    }

    /** Who may GET the module's paths; staff unless said otherwise. */
    public ModuleAccess readBy(String... roles) {
        readers = roles;
        return this;
    }

    /** Who may change anything under the module's paths; the bureau and agencies' legal offices unless said otherwise. */
    public ModuleAccess writtenBy(String... roles) {
        writers = roles;
        return this;
    }

    /** Anyone may {@code method} these paths, signed in or not. */
    public ModuleAccess open(HttpMethod method, String... openPaths) {
        before.add(requests -> requests.requestMatchers(method, openPaths).permitAll());
        return this;
    }

    /** Only these roles may reach these paths at all, whatever the module's readers. */
    public ModuleAccess only(String[] roles, String... ownPaths) {
        before.add(requests -> requests.requestMatchers(ownPaths).hasAnyRole(roles));
        return this;
    }

    /** Only these roles may {@code method} these paths, whatever the module's readers. */
    public ModuleAccess only(HttpMethod method, String[] roles, String... ownPaths) {
        before.add(requests -> requests.requestMatchers(method, ownPaths).hasAnyRole(roles));
        return this;
    }

    /** Besides reading them, these roles may change these paths (who reads stays as declared). */
    public ModuleAccess alsoWrittenBy(String[] roles, String... writablePaths) {
        writeExceptions.add(requests -> requests.requestMatchers(writablePaths).hasAnyRole(roles));
        return this;
    }

    /** A navigation link the readers see. */
    public ModuleAccess link(String group, String labelKey, String path, int order) {
        return link(group, labelKey, path, order, null);
    }

    /** A navigation link only these roles see. */
    public ModuleAccess link(String group, String labelKey, String path, int order, String @Nullable [] roles) {
        links.add(new Link(group, labelKey, path, order, roles));
        return this;
    }

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        before.forEach(rule -> rule.addTo(requests));
        requests.requestMatchers(HttpMethod.GET, paths).hasAnyRole(readers);
        writeExceptions.forEach(rule -> rule.addTo(requests));
        requests.requestMatchers(paths).hasAnyRole(writers);
    }

    @Override
    public List<NavigationEntry> links() {
        return links.stream().map(link -> new NavigationEntry(link.group, link.labelKey, link.path,
                List.of(link.roles == null ? readers : link.roles), link.order)).toList();
    }

    /** One URL rule, kept until the security configuration asks for the rules. */
    private interface Rule {
        void addTo(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);
    }

    private record Link(String group, String labelKey, String path, int order, String @Nullable [] roles) {
    }
}
