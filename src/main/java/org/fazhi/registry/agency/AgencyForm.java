package org.fazhi.registry.agency;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to register or change an agency: the page's form and the API's request body. Shape checks
 * are annotations; the domain's checks (check digit, known region, unique name) are {@link AgencyRules}. Duties,
 * address and phones are optional: agencies registered before they were asked for have none yet.
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
        int version,
        @Size(max = 2000, message = "{registry.agency.duties.size}") @Nullable String duties,
        @Size(max = 200, message = "{registry.agency.address.size}") @Nullable String address,
        @Pattern(regexp = PHONE, message = "{registry.agency.phone.pattern}") @Nullable String phone,
        @Pattern(regexp = PHONE, message = "{registry.agency.complaint-phone.pattern}") @Nullable String complaintPhone) {

    /**
     * A landline with area code and optional extension (0375-1234567, 03751234567-8001), a mobile number, or a
     * five-digit service line such as 12345 (政务服务便民热线) or 12315; blank when not known.
     */
    static final String PHONE = "^\\s*$|^\\s*(0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|1[3-9]\\d{9}|1\\d{4})\\s*$";

    /** An agency without duties or contact yet: what imports and callers written before those fields send. */
    public AgencyForm(String name, @Nullable AgencyKind kind, String regionCode, String creditCode, String legalBasis,
                      @Nullable Long entrustedBy, @Nullable List<String> areas, @Nullable AgencyStatus status,
                      int version) {
        this(name, kind, regionCode, creditCode, legalBasis, entrustedBy, areas, status, version, "", "", "", "");
    }

    public static AgencyForm empty(String regionCode) {
        return new AgencyForm("", null, regionCode, "", "", null, List.of(), AgencyStatus.ACTIVE, 0);
    }

    public static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.name(), agency.kind(), agency.region().value(), agency.creditCode().value(),
                agency.legalBasis(), agency.entrustedBy(), agency.areas(), agency.status(), agency.version(),
                agency.duties(), agency.contact().address(), agency.contact().phone(),
                agency.contact().complaintPhone());
    }

    /** The same form with duties and contact: for callers that build a form in code. */
    public AgencyForm withPublicFacts(String duties, AgencyContact contact) {
        return new AgencyForm(name, kind, regionCode, creditCode, legalBasis, entrustedBy, areas, status, version,
                duties, contact.address(), contact.phone(), contact.complaintPhone());
    }

    public List<String> areaCodes() {
        return areas == null ? List.of() : areas.stream().filter(code -> !code.isBlank()).distinct().toList();
    }

    String dutiesText() {
        return duties == null ? "" : duties.strip();
    }

    AgencyContact contact() {
        return new AgencyContact(address, phone, complaintPhone);
    }
}
