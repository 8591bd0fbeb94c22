package org.fazhi.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.PartyOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.identity.internal.Account;
import org.fazhi.identity.internal.AccountAdministration;
import org.fazhi.platform.Flash;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
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

/** The administrator's account pages: list, open, unlock, disable, reset a password. */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final AgencyOptions agencies;
    private final PartyOptions parties;
    private final OfficerOptions officers;
    private final Flash flash;

    AccountsController(Accounts accounts, AccountAdministration administration, AgencyOptions agencies,
                       PartyOptions parties, OfficerOptions officers, Flash flash) {
        this.officers = officers;
        this.accounts = accounts;
        this.administration = administration;
        this.agencies = agencies;
        this.parties = parties;
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
        List<Account> list = administration.list(admin.scope());
        Map<Long, String> partyNames = new LinkedHashMap<>();
        list.stream().map(Account::partyId).filter(Objects::nonNull).distinct().forEach(id ->
                parties.find(id).ifPresent(party -> partyNames.put(id, party.name())));
        model.addAttribute("accounts", list);
        model.addAttribute("parties", partyNames);
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
        Long partyId = party(form, errors);
        Long officerId = officer(form, errors);
        if (errors.hasErrors()) {
            return "identity/account-form";
        }
        try {
            accounts.open(new NewAccount(form.username(), form.password(), form.displayName(), form.role(),
                    RegionCode.of(form.regionCode()), form.agencyId(), partyId, true), officerId);
        } catch (RuleViolation refused) {
            if (refused.messageKey().startsWith("identity.account.party")) {
                errors.rejectValue("partyCreditCode", refused.messageKey(), refused.arguments(), refused.messageKey());
            } else if (refused.messageKey().startsWith("identity.account.officer")) {
                errors.rejectValue("officerCertificate", refused.messageKey(), refused.arguments(),
                        refused.messageKey());
            } else {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
            return "identity/account-form";
        }
        flash.add(redirect, "identity.accounts.created", form.username());
        return "redirect:/admin/accounts";
    }

    /**
     * The party named by the credit code the administrator typed, or null when none was typed. Whether the role
     * needs one, and whether it lies in the account's region, is for {@link Accounts#open} to say.
     */
    private @Nullable Long party(AccountForm form, BindingResult errors) {
        if (form.partyCode().isEmpty()) {
            return null;
        }
        Optional<String> invalid = CreditCode.validate(form.partyCode());
        if (invalid.isPresent()) {
            errors.rejectValue("partyCreditCode", invalid.get());
            return null;
        }
        Optional<PartyOptions.Option> party = parties.byCreditCode(form.partyCode());
        if (party.isEmpty()) {
            errors.rejectValue("partyCreditCode", "identity.accounts.party.unknown",
                    new Object[] {CreditCode.of(form.partyCode()).value()}, "identity.accounts.party.unknown");
            return null;
        }
        return party.get().id();
    }

    /** The officer holding the certificate the administrator typed, or null when none was typed. */
    private @Nullable Long officer(AccountForm form, BindingResult errors) {
        if (form.certificate().isEmpty()) {
            return null;
        }
        Optional<OfficerOptions.Option> officer = officers.byCertificateNumber(form.certificate());
        if (officer.isEmpty()) {
            errors.rejectValue("officerCertificate", "identity.accounts.officer.unknown",
                    new Object[] {form.certificate()}, "identity.accounts.officer.unknown");
            return null;
        }
        return officer.get().id();
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

    @PostMapping("/{id}/officer")
    String linkOfficer(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
                       @RequestParam(required = false) @Nullable String certificate, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            accounts.linkOfficer(admin.scope(), id, certificate);
            flash.add(redirect, "identity.accounts.officer.linked");
        });
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
