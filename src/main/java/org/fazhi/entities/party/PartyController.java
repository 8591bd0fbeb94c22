package org.fazhi.entities.party;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.fazhi.entities.industry.Industries;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The party register's pages: search, detail with grade history, register and edit. */
@Controller
@RequestMapping("/entities/parties")
class PartyController {

    private final Parties parties;
    private final PartyLocations locations;
    private final RegionDirectory regions;
    private final Industries industries;
    private final Flash flash;

    PartyController(Parties parties, PartyLocations locations, RegionDirectory regions, Industries industries,
                    Flash flash) {
        this.parties = parties;
        this.locations = locations;
        this.regions = regions;
        this.industries = industries;
        this.flash = flash;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("grades", CreditGrade.values());
        model.addAttribute("statuses", PartyStatus.values());
        model.addAttribute("scales", Scale.values());
        model.addAttribute("marks", PartyMark.values());
        model.addAttribute("regions", regions.within(user.region()));
        model.addAttribute("industries", industries.all());
        model.addAttribute("industryNames", industries.names());
        model.addAttribute("canWrite", user.hasRole(Role.ADMIN, Role.SUPERVISOR, Role.AGENCY_ADMIN));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") PartyFilter search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", parties.search(user, parties.searchFor(search), PageRequest.of(page, null)));
        model.addAttribute("countLimit", PartyRepository.COUNT_LIMIT);
        return "entities/parties";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("party", parties.get(user, id));
        model.addAttribute("history", parties.gradeHistory(user, id));
        model.addAttribute("location", LocationForm.of(locations.of(id)));
        model.addAttribute("today", LocalDate.now());
        return "entities/party";
    }

    @GetMapping("/new")
    String registerForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", PartyForm.empty(user.region().value()));
        model.addAttribute("location", LocationForm.of(java.util.Optional.empty()));
        return "entities/party-form";
    }

    @PostMapping
    String register(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PartyForm form,
                    BindingResult errors, @Valid @ModelAttribute("location") LocationForm location,
                    BindingResult locationErrors, RedirectAttributes redirect) {
        GeoPoint at = point(location, locationErrors);
        if (!errors.hasErrors() && !locationErrors.hasErrors()) {
            try {
                Party party = locations.register(user, form, at);
                flash.add(redirect, "entities.party.registered", party.name());
                return "redirect:/entities/parties/" + party.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return "entities/party-form";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Party party = parties.get(user, id);
        model.addAttribute("form", PartyForm.of(party));
        model.addAttribute("location", LocationForm.of(locations.of(id)));
        model.addAttribute("party", party);
        return "entities/party-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") PartyForm form, BindingResult errors,
                  @Valid @ModelAttribute("location") LocationForm location, BindingResult locationErrors, Model model,
                  RedirectAttributes redirect) {
        GeoPoint at = point(location, locationErrors);
        if (!errors.hasErrors() && !locationErrors.hasErrors()) {
            try {
                Party party = locations.update(user, id, form, at);
                flash.add(redirect, "entities.party.updated", party.name());
                return "redirect:/entities/parties/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("party", parties.get(user, id));
        return "entities/party-form";
    }

    /** 设置位置 on the party's page: sets or clears the registered address's coordinates. */
    @PostMapping("/{id}/location")
    String locate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                  @Valid @ModelAttribute("location") LocationForm location, BindingResult locationErrors,
                  RedirectAttributes redirect) {
        GeoPoint at = point(location, locationErrors);
        if (locationErrors.hasErrors()) {
            flash.error(redirect, "entities.party.location.invalid");
        } else {
            locations.locate(user, id, version, at);
            flash.add(redirect, "entities.party.location.saved");
        }
        return "redirect:/entities/parties/" + id;
    }

    /** The typed coordinates, or null (none, or not valid: then the problem is beside the field). */
    private static @Nullable GeoPoint point(LocationForm location, BindingResult errors) {
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return location.point();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return null;
        }
    }

    @PostMapping("/{id}/grade")
    String grade(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam CreditGrade grade,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate gradedOn,
                 @RequestParam String source, @RequestParam(required = false) @Nullable String reason,
                 RedirectAttributes redirect) {
        parties.grade(user, id, grade, gradedOn, source, reason);
        flash.add(redirect, "entities.grade.recorded", grade.name());
        return "redirect:/entities/parties/" + id;
    }
}
