package org.fazhi.registry.officer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyRepository;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.shared.IdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The domain's checks on an officer, shared by form, API and import: an agency the user may keep, a valid ID
 * number that no other officer has, and known areas. Turns the ID number into what is stored for it.
 */
@Component
class OfficerRules {

    /** A checked officer and, when a new ID number was given, what to store for it. */
    record Checked(Officer officer, OfficerRepository.@Nullable StoredIdNumber idNumber) {
    }

    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final EnforcementAreas areas;
    private final FieldCipher cipher;

    OfficerRules(OfficerRepository officers, AgencyRepository agencies, EnforcementAreas areas, FieldCipher cipher) {
        this.officers = officers;
        this.agencies = agencies;
        this.areas = areas;
        this.cipher = cipher;
    }

    /** Every domain problem with the form, for pages that show them together with the form's own. */
    List<FieldProblem> problems(SignedInUser user, long id, OfficerForm form) {
        try {
            check(user, id, form);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problems();
        }
    }

    Checked check(SignedInUser user, long id, OfficerForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Agency> agency = form.agencyId() == null ? Optional.empty()
                : agencies.find(form.agencyId()).filter(a -> user.scope().covers(a.region(), a.id()));
        if (agency.isEmpty()) {
            problems.add(FieldProblem.of("agencyId", "registry.officer.agency.unknown"));
        }
        OfficerRepository.StoredIdNumber stored = null;
        String idNumber = form.idNumber() == null ? "" : form.idNumber().strip();
        if (idNumber.isEmpty() && id == 0) {
            problems.add(FieldProblem.of("idNumber", "registry.officer.id-number.required"));
        } else if (!idNumber.isEmpty()) {
            Optional<String> invalid = IdNumber.validate(idNumber);
            if (invalid.isPresent()) {
                problems.add(FieldProblem.of("idNumber", invalid.get()));
            } else {
                IdNumber number = IdNumber.of(idNumber);
                String hash = cipher.lookupHash(number.value());
                if (officers.findByIdNumberHash(hash).filter(other -> other.id() != id).isPresent()) {
                    problems.add(FieldProblem.of("idNumber", "registry.officer.id-number.taken"));
                }
                stored = new OfficerRepository.StoredIdNumber(cipher.encrypt(number.value()), hash, number.masked());
            }
        }
        form.areaCodes().stream().filter(code -> !areas.isKnown(code)).findFirst()
                .ifPresent(code -> problems.add(FieldProblem.of("areas", "registry.area.unknown", code)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String masked = stored != null ? stored.masked()
                : officers.find(id).map(Officer::idNumberMasked).orElseThrow();
        Officer officer = new Officer(id, agency.get().region(), agency.get().id(), Objects.toString(form.name(), "").strip(), masked,
                form.post(), form.establishment(), form.areaCodes(),
                form.status() == null ? OfficerStatus.ACTIVE : form.status(), form.version());
        return new Checked(officer, stored);
    }
}
