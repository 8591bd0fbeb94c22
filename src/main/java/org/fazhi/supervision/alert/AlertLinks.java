package org.fazhi.supervision.alert;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Where each kind of record an alert can be about is shown (the owning module's page). */
final class AlertLinks {

    private static final Map<String, String> PAGES = Map.of(
            "casework.case", "/casework/cases/",
            "casework.compulsory_measure", "/casework/measures/",
            "disclosure.publication", "/disclosure/publications/",
            "inspection.task", "/inspection/tasks/",
            "registry.officer", "/registry/officers/",
            "registry.agency", "/registry/agencies/",
            "entities.party", "/entities/parties/");

    private AlertLinks() {
    }

    static @Nullable String of(String subjectType, long subjectId) {
        String page = PAGES.get(subjectType);
        return page == null ? null : page + subjectId;
    }
}
