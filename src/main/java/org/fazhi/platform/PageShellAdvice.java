package org.fazhi.platform;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** Gives every page the navigation its user may see, grouped for the shell's left column. */
@ControllerAdvice(annotations = Controller.class)
class PageShellAdvice {

    private final List<NavigationEntry> entries;

    PageShellAdvice(List<NavigationEntry> entries, List<NavigationLinks> declared) {
        this.entries = java.util.stream.Stream.concat(entries.stream(),
                        declared.stream().flatMap(links -> links.links().stream()))
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("navigation")
    Map<String, List<NavigationEntry>> navigation() {
        Collection<String> roles = currentRoles();
        Map<String, List<NavigationEntry>> groups = new LinkedHashMap<>();
        entries.stream().filter(entry -> entry.visibleTo(roles)).forEach(entry ->
                groups.computeIfAbsent(entry.group(), group -> new java.util.ArrayList<>()).add(entry));
        return groups;
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Collection<String> currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.replaceFirst("^ROLE_", "")).toList();
    }
}
