package org.fazhi.registry.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.registry.region.RegionRepository;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The domain's checks on an agency, shared by the form, the API and the Excel import: a valid credit code, a
 * region inside the user's, an entrusting agency exactly when the agency is entrusted, known areas, and a name
 * and credit code nobody else uses.
 */
@Component
class AgencyRules {

    private final AgencyRepository agencies;
    private final RegionRepository regions;
    private final EnforcementAreas areas;

    AgencyRules(AgencyRepository agencies, RegionRepository regions, EnforcementAreas areas) {
        this.agencies = agencies;
        this.regions = regions;
        this.areas = areas;
    }

    /** The agency the form describes, or every problem with it. {@code id} and version are those being edited. */
    Agency toAgency(SignedInUser user, long id, AgencyForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> creditProblem = CreditCode.validate(form.creditCode());
        creditProblem.ifPresent(key -> problems.add(FieldProblem.of("creditCode", key)));
        RegionCode region = null;
        if (!RegionCode.isValid(form.regionCode().trim())
                || regions.find(RegionCode.of(form.regionCode())).isEmpty()) {
            problems.add(FieldProblem.of("regionCode", "registry.agency.region.unknown"));
        } else if (!user.region().contains(RegionCode.of(form.regionCode()))) {
            problems.add(FieldProblem.of("regionCode", "registry.agency.region.outside"));
        } else {
            region = RegionCode.of(form.regionCode());
        }
        boolean entrusted = form.kind() == AgencyKind.ENTRUSTED_ORGANISATION;
        if (entrusted && form.entrustedBy() == null) {
            problems.add(FieldProblem.of("entrustedBy", "registry.agency.entrusted-by.required"));
        } else if (!entrusted && form.entrustedBy() != null) {
            problems.add(FieldProblem.of("entrustedBy", "registry.agency.entrusted-by.only-entrusted"));
        } else if (entrusted && agencies.find(form.entrustedBy()).filter(a -> a.id() != id)
                .filter(a -> user.region().contains(a.region())).isEmpty()) {
            problems.add(FieldProblem.of("entrustedBy", "registry.agency.entrusted-by.unknown"));
        }
        form.areaCodes().stream().filter(code -> !areas.isKnown(code)).findFirst()
                .ifPresent(code -> problems.add(FieldProblem.of("areas", "registry.area.unknown", code)));
        if (region != null) {
            agencies.findByName(region.county(), form.name().trim()).filter(other -> other.id() != id)
                    .ifPresent(other -> problems.add(FieldProblem.of("name", "registry.agency.name.taken")));
        }
        if (creditProblem.isEmpty()) {
            agencies.findByCreditCode(CreditCode.of(form.creditCode()).value()).filter(other -> other.id() != id)
                    .ifPresent(other -> problems.add(FieldProblem.of("creditCode", "registry.agency.credit-code.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Agency(id, region, form.name().trim(), form.kind(), CreditCode.of(form.creditCode()),
                form.legalBasis().trim(), form.entrustedBy(), form.areaCodes(),
                form.status() == null ? AgencyStatus.ACTIVE : form.status(), form.version());
    }
}
