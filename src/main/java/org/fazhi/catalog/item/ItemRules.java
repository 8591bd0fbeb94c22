package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegionNames;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The domain's checks on an item version, shared by the form, the API and the Excel import: an owning agency of
 * the user's county (for an agency's legal office, its own), at least one legal basis, delegations from county
 * departments, and a period that overlaps no other version of the same code.
 */
@Component
class ItemRules {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{2,40}");

    private final AgencyDirectory agencies;
    private final RegionNames regionNames;

    ItemRules(AgencyDirectory agencies, RegionNames regionNames) {
        this.agencies = agencies;
        this.regionNames = regionNames;
    }

    /** The version the form describes, or every problem with it; {@code history} holds the code's versions. */
    EnforcementItem check(SignedInUser user, long id, ItemForm form, ItemHistory history) {
        List<FieldProblem> problems = problems(user, id, form, history);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalDate from = Objects.requireNonNull(form.effectiveFrom());
        List<LegalBasis> bases = form.basisRows().stream()
                .map(row -> new LegalBasis(Objects.requireNonNull(row.law()), row.article(), row.quoted())).toList();
        List<Delegation> delegations = form.delegationRows().stream().map(row -> new Delegation(
                Objects.requireNonNull(row.receiver()), regionOf(row), Objects.requireNonNull(row.delegatingAgencyId()),
                row.domain(), row.effectiveFrom() == null ? from : row.effectiveFrom())).toList();
        return new EnforcementItem(id, user.region().county(), Objects.requireNonNull(form.agencyId()),
                text(form.code()), text(form.name()), Objects.requireNonNull(form.category()), form.isEnterpriseRelated(),
                from, form.effectiveTo(), bases, delegations, form.version());
    }

    /** Every domain problem with the form; tolerates the blanks that the form's own checks report. */
    List<FieldProblem> problems(SignedInUser user, long id, ItemForm form, ItemHistory history) {
        List<FieldProblem> problems = new ArrayList<>();
        RegionCode county = user.region().county();
        checkAgency(user, form.agencyId(), agencies.within(DataScope.ofRegion(county)), problems);
        String code = text(form.code());
        if (code.isEmpty()) {
            problems.add(FieldProblem.of("code", "catalog.item.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "catalog.item.code.format"));
        }
        String name = text(form.name());
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", "catalog.item.name.required"));
        } else if (name.length() < 2 || name.length() > 200) {
            problems.add(FieldProblem.of("name", "catalog.item.name.size"));
        }
        if (form.category() == null) {
            problems.add(FieldProblem.of("category", "catalog.item.category.required"));
        }
        LocalDate from = form.effectiveFrom();
        LocalDate to = form.effectiveTo();
        if (from == null) {
            problems.add(FieldProblem.of("effectiveFrom", "catalog.item.effective-from.required"));
        } else if (to != null && to.isBefore(from)) {
            problems.add(FieldProblem.of("effectiveTo", "catalog.item.effective-to.before-from"));
        } else if (CODE.matcher(code).matches()) {
            history.overlapping(id, from, to).ifPresent(other -> problems.add(other.effectiveTo() == null
                    ? FieldProblem.of("effectiveFrom", "catalog.item.period.overlaps-open", code, other.effectiveFrom())
                    : FieldProblem.of("effectiveFrom", "catalog.item.period.overlaps", code, other.effectiveFrom(),
                            other.effectiveTo())));
        }
        checkBases(form.basisRows(), problems);
        Set<Long> departments = agencies.countyDepartments(DataScope.ofRegion(county)).stream().map(Option::id)
                .collect(Collectors.toSet());
        List<ItemForm.DelegationRow> rows = form.delegationRows();
        for (int i = 0; i < rows.size(); i++) {
            checkDelegation(rows.get(i), i + 1, county, departments, from, problems);
        }
        return problems;
    }

    private static void checkAgency(SignedInUser user, @Nullable Long agencyId, List<Option> county,
                                    List<FieldProblem> problems) {
        if (agencyId == null) {
            problems.add(FieldProblem.of("agencyId", "catalog.item.agency.required"));
        } else if (county.stream().noneMatch(agency -> agency.id() == agencyId)) {
            problems.add(FieldProblem.of("agencyId", "catalog.item.agency.unknown"));
        } else if (user.hasRole(Role.AGENCY_ADMIN) && !agencyId.equals(user.agencyId())) {
            problems.add(FieldProblem.of("agencyId", "catalog.item.agency.not-own"));
        }
    }

    private static void checkBases(List<ItemForm.BasisRow> rows, List<FieldProblem> problems) {
        if (rows.isEmpty()) {
            problems.add(FieldProblem.of("legalBases", "catalog.item.legal-basis.required"));
        }
        for (int i = 0; i < rows.size(); i++) {
            ItemForm.BasisRow row = rows.get(i);
            String law = row.law() == null ? "" : new LegalBasis(row.law(), null, null).law();
            if (law.isEmpty()) {
                problems.add(FieldProblem.of("legalBases", "catalog.item.legal-basis.law-required", i + 1));
            } else if (law.length() < 2 || law.length() > 200) {
                problems.add(FieldProblem.of("legalBases", "catalog.item.legal-basis.law-size", i + 1));
            }
            if (text(row.article()).length() > 100) {
                problems.add(FieldProblem.of("legalBases", "catalog.item.legal-basis.article-size", i + 1));
            }
            if (text(row.quoted()).length() > 4000) {
                problems.add(FieldProblem.of("legalBases", "catalog.item.legal-basis.quoted-size", i + 1));
            }
        }
    }

    private void checkDelegation(ItemForm.DelegationRow row, int number, RegionCode county, Set<Long> departments,
                                 @Nullable LocalDate itemFrom, List<FieldProblem> problems) {
        if (row.receiver() == null) {
            problems.add(FieldProblem.of("delegations", "catalog.item.delegation.receiver-required", number));
        } else if (row.receiver() == Delegation.Receiver.ONE_REGION) {
            RegionCode region = regionOf(row);
            if (region == null || !county.contains(region)) {
                problems.add(FieldProblem.of("delegations", "catalog.item.delegation.region-unknown", number));
            }
        }
        if (row.delegatingAgencyId() == null) {
            problems.add(FieldProblem.of("delegations", "catalog.item.delegation.agency-required", number));
        } else if (!departments.contains(row.delegatingAgencyId())) {
            problems.add(FieldProblem.of("delegations", "catalog.item.delegation.not-department", number));
        }
        if (itemFrom != null && row.effectiveFrom() != null && row.effectiveFrom().isBefore(itemFrom)) {
            problems.add(FieldProblem.of("delegations", "catalog.item.delegation.before-item", number));
        }
        if (text(row.domain()).length() > 40) {
            problems.add(FieldProblem.of("delegations", "catalog.item.delegation.domain-size", number));
        }
    }

    /** The one township of a delegation, when its code names a known township; null otherwise. */
    private @Nullable RegionCode regionOf(ItemForm.DelegationRow row) {
        String code = text(row.receiverRegionCode());
        if (row.receiver() != Delegation.Receiver.ONE_REGION || !RegionCode.isValid(code)
                || !RegionCode.of(code).isTownship() || regionNames.of(code).equals(code)) {
            return null;
        }
        return RegionCode.of(code);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
