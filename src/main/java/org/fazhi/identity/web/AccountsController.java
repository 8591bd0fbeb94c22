package org.fazhi.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.identity.internal.AccountAdministration;
import org.fazhi.platform.Flash;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
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

/** The administrator's account pages: list, open, unlock, disable, reset a password. */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final AgencyOptions agencies;
    private final Flash flash;

    AccountsController(Accounts accounts, AccountAdministration administration, AgencyOptions agencies, Flash flash) {
        this.accounts = accounts;
        this.administration = administration;
        this.agencies = agencies;
        this.flash = flash;
    }

    @ModelAttribute("agencies")
    Map<Long, String> agencies(@AuthenticationPrincipal SignedInUser admin) {
        Map<Long, String> names = new LinkedHashMap<>();
        agencies.within(admin.scope()).forEach(option -> names.put(option.id(), option.name()));
        return names;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("accounts", administration.list(admin.scope()));
        return "identity/accounts";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("form", AccountForm.empty(admin.region()));
        return "identity/account-form";
    }

    @PostMapping
    String open(@AuthenticationPrincipal SignedInUser admin, @Valid @ModelAttribute("form") AccountForm form,
                BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("regionCode") && !admin.region().contains(RegionCode.of(form.regionCode()))) {
            errors.rejectValue("regionCode", "identity.accounts.region.outside");
        }
        if (errors.hasErrors()) {
            return "identity/account-form";
        }
        try {
            accounts.open(new NewAccount(form.username(), form.password(), form.displayName(), form.role(),
                    RegionCode.of(form.regionCode()), form.agencyId(), null, true));
        } catch (RuleViolation refused) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "identity/account-form";
        }
        flash.add(redirect, "identity.accounts.created", form.username());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
        administration.unlock(admin.scope(), id);
        flash.add(redirect, "identity.accounts.unlocked");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
        administration.setEnabled(admin.scope(), id, false);
        flash.add(redirect, "identity.accounts.disabled");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
        administration.setEnabled(admin.scope(), id, true);
        flash.add(redirect, "identity.accounts.enabled");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
                         RedirectAttributes redirect) {
        String temporary = administration.resetPassword(admin.scope(), id);
        flash.add(redirect, "identity.accounts.password-reset", temporary);
        return "redirect:/admin/accounts";
    }
}
