package org.fazhi.registry.officer;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An officer as a user submits it. The ID number is required when registering; when editing, blank keeps the
 * stored one (the full number is never shown back).
 */
public record OfficerForm(
        @NotNull(message = "{registry.officer.agency.required}") @Nullable Long agencyId,
        @NotBlank(message = "{registry.officer.name.required}") @Size(min = 2, max = 30, message = "{registry.officer.name.size}") String name,
        @Nullable String idNumber,
        @NotNull(message = "{registry.officer.post.required}") @Nullable OfficerPost post,
        @NotNull(message = "{registry.officer.establishment.required}") @Nullable Establishment establishment,
        @Nullable List<String> areas,
        @Nullable OfficerStatus status,
        int version) {

    public static OfficerForm empty(@Nullable Long agencyId) {
        return new OfficerForm(agencyId, "", "", OfficerPost.ENFORCEMENT, Establishment.CIVIL_SERVANT, List.of(),
                OfficerStatus.ACTIVE, 0);
    }

    public static OfficerForm of(Officer officer) {
        return new OfficerForm(officer.agencyId(), officer.name(), "", officer.post(), officer.establishment(),
                officer.areas(), officer.status(), officer.version());
    }

    public List<String> areaCodes() {
        return areas == null ? List.of() : areas.stream().filter(code -> !code.isBlank()).distinct().toList();
    }
}
