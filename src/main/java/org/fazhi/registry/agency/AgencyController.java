package org.fazhi.registry.agency;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.registry.region.Region;
import org.fazhi.registry.region.RegionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency pages: searchable list, detail, register and edit forms. */
@Controller
@RequestMapping("/registry/agencies")
class AgencyController {

    private final Agencies agencies;
    private final RegionRepository regions;
    private final EnforcementAreas areas;
    private final Flash flash;

    AgencyController(Agencies agencies, RegionRepository regions, EnforcementAreas areas, Flash flash) {
        this.agencies = agencies;
        this.regions = regions;
        this.areas = areas;
        this.flash = flash;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("statuses", AgencyStatus.values());
        List<Region> within = regions.within(user.region());
        model.addAttribute("regions", within);
        model.addAttribute("regionNames", within.stream().collect(
                Collectors.toMap(region -> region.code().value(), Region::name)));
        model.addAttribute("areas", areas.all());
        model.addAttribute("canWrite", RegistryPermissions.isBureau(user));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") AgencyRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", agencies.search(user, search, PageRequest.of(page, null)));
        return "registry/agencies";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Agency agency = agencies.get(user, id);
        model.addAttribute("agency", agency);
        model.addAttribute("entrustedBy", agency.entrustedBy() == null ? null : agencies.get(user, agency.entrustedBy()));
        model.addAttribute("canEdit", RegistryPermissions.isBureau(user));
        return "registry/agency";
    }

    @GetMapping("/new")
    String registerForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        RegistryPermissions.requireBureau(user, user.region());
        model.addAttribute("form", AgencyForm.empty(user.region().value()));
        model.addAttribute("agencies", agencies.all(user));
        return "registry/agency-form";
    }

    @PostMapping
    String register(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") AgencyForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            new InvalidInput(agencies.problemsWith(user, 0, form)).addTo(errors);
        } else {
            try {
                Agency agency = agencies.register(user, form);
                flash.add(redirect, "registry.agency.registered", agency.name());
                return "redirect:/registry/agencies/" + agency.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("agencies", agencies.all(user));
        return "registry/agency-form";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Agency agency = agencies.get(user, id);
        RegistryPermissions.requireBureau(user, agency.region());
        model.addAttribute("form", AgencyForm.of(agency));
        model.addAttribute("agencyId", id);
        model.addAttribute("agencies", agencies.all(user));
        return "registry/agency-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") AgencyForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            new InvalidInput(agencies.problemsWith(user, id, form)).addTo(errors);
        } else {
            try {
                Agency agency = agencies.update(user, id, form);
                flash.add(redirect, "registry.agency.updated", agency.name());
                return "redirect:/registry/agencies/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("agencyId", id);
        model.addAttribute("agencies", agencies.all(user));
        return "registry/agency-form";
    }
}
