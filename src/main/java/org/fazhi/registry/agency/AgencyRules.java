package org.fazhi.registry.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
        List<FieldProblem> problems = problems(user, id, form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Agency(id, RegionCode.of(form.regionCode()), form.name().trim(), form.kind(),
                CreditCode.of(form.creditCode()), form.legalBasis().trim(), form.dutiesText(), form.contact(),
                form.entrustedBy(), form.areaCodes(),
                form.status() == null ? AgencyStatus.ACTIVE : form.status(), form.version());
    }

    /** Every domain problem with the form; tolerates the blanks that the form's own checks report. */
    List<FieldProblem> problems(SignedInUser user, long id, AgencyForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> creditProblem = CreditCode.validate(form.creditCode());
        creditProblem.ifPresent(key -> problems.add(FieldProblem.of("creditCode", key)));
        String regionCode = Objects.toString(form.regionCode(), "").strip();
        RegionCode region = null;
        if (!RegionCode.isValid(regionCode) || regions.find(RegionCode.of(regionCode)).isEmpty()) {
            problems.add(FieldProblem.of("regionCode", "registry.agency.region.unknown"));
        } else if (!user.region().contains(RegionCode.of(regionCode))) {
            problems.add(FieldProblem.of("regionCode", "registry.agency.region.outside"));
        } else {
            region = RegionCode.of(regionCode);
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
        if (region != null && form.name() != null) {
            agencies.findByName(region.county(), form.name().strip()).filter(other -> other.id() != id)
                    .ifPresent(other -> problems.add(FieldProblem.of("name", "registry.agency.name.taken")));
        }
        if (creditProblem.isEmpty()) {
            agencies.findByCreditCode(CreditCode.of(form.creditCode()).value()).filter(other -> other.id() != id)
                    .ifPresent(other -> problems.add(FieldProblem.of("creditCode", "registry.agency.credit-code.taken")));
        }
        return problems;
    }
}
