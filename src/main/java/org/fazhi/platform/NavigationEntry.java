package org.fazhi.platform;

import java.util.List;

/**
 * One link in the left navigation. Modules declare their entries as beans; the shell shows those the user's
 * role may open, grouped and ordered.
 *
 * @param group    message key of the group heading
 * @param labelKey message key of the link text
 * @param path     where the link goes
 * @param roles    roles that see the link (without the {@code ROLE_} prefix); empty means every signed-in user
 * @param order    position: groups and links sort by it
 */
public record NavigationEntry(String group, String labelKey, String path, List<String> roles, int order) {

    public NavigationEntry {
        roles = List.copyOf(roles);
    }

    public boolean visibleTo(java.util.Collection<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
