package org.fazhi.registry.officer;

import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.registry.certificate.Certificates;
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

/** The officer pages: searchable list, detail with certificates, register and edit forms. */
@Controller
@RequestMapping("/registry/officers")
class OfficerController {

    private final Officers officers;
    private final Agencies agencies;
    private final Certificates certificates;
    private final EnforcementAreas areas;
    private final Flash flash;

    OfficerController(Officers officers, Agencies agencies, Certificates certificates, EnforcementAreas areas,
                      Flash flash) {
        this.officers = officers;
        this.agencies = agencies;
        this.certificates = certificates;
        this.areas = areas;
        this.flash = flash;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("posts", OfficerPost.values());
        model.addAttribute("establishments", Establishment.values());
        model.addAttribute("statuses", OfficerStatus.values());
        model.addAttribute("agencies", agencies.all(user));
        model.addAttribute("areas", areas.all());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") OfficerRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", officers.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("canCreate", RegistryPermissions.isBureau(user) || user.agencyId() != null
                && RegistryPermissions.canKeepAgency(user, user.agencyId()));
        return "registry/officers";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Officer officer = officers.get(user, id);
        model.addAttribute("officer", officer);
        model.addAttribute("agency", agencies.get(user, officer.agencyId()));
        model.addAttribute("certificates", certificates.ofOfficer(id));
        model.addAttribute("today", certificates.today());
        model.addAttribute("canEdit", RegistryPermissions.canKeepAgency(user, officer.agencyId()));
        model.addAttribute("canIssue", RegistryPermissions.isBureau(user));
        return "registry/officer";
    }

    @GetMapping("/new")
    String registerForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", OfficerForm.empty(user.agencyId()));
        return "registry/officer-form";
    }

    @PostMapping
    String register(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") OfficerForm form,
                    BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            new InvalidInput(officers.problemsWith(user, 0, form)).addTo(errors);
        } else {
            try {
                Officer officer = officers.register(user, form);
                flash.add(redirect, "registry.officer.registered", officer.name());
                return "redirect:/registry/officers/" + officer.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return "registry/officer-form";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Officer officer = officers.get(user, id);
        RegistryPermissions.requireAgencyKeeper(user, officer.region(), officer.agencyId());
        model.addAttribute("form", OfficerForm.of(officer));
        model.addAttribute("officerId", id);
        model.addAttribute("masked", officer.idNumberMasked());
        return "registry/officer-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") OfficerForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            new InvalidInput(officers.problemsWith(user, id, form)).addTo(errors);
        } else {
            try {
                Officer officer = officers.update(user, id, form);
                flash.add(redirect, "registry.officer.updated", officer.name());
                return "redirect:/registry/officers/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("officerId", id);
        model.addAttribute("masked", officers.get(user, id).idNumberMasked());
        return "registry/officer-form";
    }
}
