package org.fazhi.registry.region;

import jakarta.validation.Valid;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/registry/regions")
class RegionController {

    private final Regions regions;
    private final Flash flash;

    RegionController(Regions regions, Flash flash) {
        this.regions = regions;
        this.flash = flash;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("kinds", RegionKind.values());
        model.addAttribute("canWrite", user.hasRole(Role.ADMIN));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("regions", regions.within(user));
        return "registry/regions";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", RegionForm.empty(user.region().county().value()));
        return "registry/region-form";
    }

    @PostMapping
    String add(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") RegionForm form,
               BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Region region = regions.addTownship(user, form);
                flash.add(redirect, "registry.region.added", region.name());
                return "redirect:/registry/regions";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return "registry/region-form";
    }

    @GetMapping("/{code}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, Model model) {
        Region region = regions.get(user, code);
        model.addAttribute("form", new RegionForm(region.code().value(), region.name(), region.kind(), region.version()));
        model.addAttribute("editing", code);
        return "registry/region-form";
    }

    @PostMapping("/{code}")
    String rename(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                  @Valid @ModelAttribute("form") RegionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Region region = regions.rename(user, code, form);
                flash.add(redirect, "registry.region.renamed", region.name());
                return "redirect:/registry/regions";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("editing", code);
        return "registry/region-form";
    }
}
