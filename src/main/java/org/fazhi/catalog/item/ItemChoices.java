package org.fazhi.catalog.item;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the item pages offer to choose from: categories, receivers, the county's agencies and departments. */
@Component
class ItemChoices {

    private final AgencyDirectory agencies;

    ItemChoices(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /** Agency names of the user's county by id, for lists that show an agency id. */
    Map<Long, String> agencyNames(SignedInUser user) {
        return agencies.within(DataScope.ofRegion(user.region().county())).stream()
                .collect(Collectors.toMap(Option::id, Option::name, (a, b) -> a));
    }

    void addTo(Model model, SignedInUser user) {
        model.addAttribute("categories", ItemCategory.values());
        model.addAttribute("receivers", Delegation.Receiver.values());
        model.addAttribute("agencyNames", agencyNames(user));
        model.addAttribute("agencies", agencies.within(user.scope()));
    }

    /** For the form: the agencies the user may file items for, and the departments that may delegate. */
    void addFormChoicesTo(Model model, SignedInUser user) {
        DataScope county = DataScope.ofRegion(user.region().county());
        List<Option> owners = agencies.within(county);
        if (user.hasRole(Role.AGENCY_ADMIN)) {
            owners = owners.stream().filter(agency -> Long.valueOf(agency.id()).equals(user.agencyId())).toList();
        }
        model.addAttribute("owners", owners);
        model.addAttribute("departments", agencies.countyDepartments(county));
    }
}
