package org.fazhi.registry.agency;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to register or change an agency: the page's form and the API's request body. Shape checks
 * are annotations; the domain's checks (check digit, known region, unique name) are {@link AgencyRules}.
 */
public record AgencyForm(
        @NotBlank(message = "{registry.agency.name.required}") @Size(min = 2, max = 60, message = "{registry.agency.name.size}") String name,
        @NotNull(message = "{registry.agency.kind.required}") @Nullable AgencyKind kind,
        @NotBlank(message = "{registry.agency.region.required}") String regionCode,
        @NotBlank(message = "{registry.agency.credit-code.required}") String creditCode,
        @NotBlank(message = "{registry.agency.legal-basis.required}") @Size(max = 2000, message = "{registry.agency.legal-basis.size}") String legalBasis,
        @Nullable Long entrustedBy,
        @Nullable List<String> areas,
        @Nullable AgencyStatus status,
        int version) {

    public static AgencyForm empty(String regionCode) {
        return new AgencyForm("", null, regionCode, "", "", null, List.of(), AgencyStatus.ACTIVE, 0);
    }

    public static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.name(), agency.kind(), agency.region().value(), agency.creditCode().value(),
                agency.legalBasis(), agency.entrustedBy(), agency.areas(), agency.status(), agency.version());
    }

    public List<String> areaCodes() {
        return areas == null ? List.of() : areas.stream().filter(code -> !code.isBlank()).distinct().toList();
    }
}
