package org.fazhi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.identity.internal.PasswordChange;
import org.fazhi.platform.Flash;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password: forced at first login and when the password has expired. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final PasswordChange passwordChange;
    private final Flash flash;
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    PasswordController(PasswordChange passwordChange, Flash flash) {
        this.passwordChange = passwordChange;
        this.flash = flash;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return passwordChange.minLength();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return "identity/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PasswordForm form,
                  BindingResult errors, RedirectAttributes redirect, HttpServletRequest request,
                  HttpServletResponse response) {
        if (!errors.hasErrors() && !form.replacement().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "identity.password.mismatch");
        }
        if (!errors.hasErrors()) {
            passwordChange.change(user, form.current(), form.replacement())
                    .forEach(problem -> errors.rejectValue(problem.field(), problem.messageKey(),
                            new Object[] {passwordChange.minLength()}, problem.messageKey()));
        }
        if (errors.hasErrors()) {
            return "identity/password";
        }
        replacePrincipal(passwordChange.reload(user.accountId()), request, response);
        flash.add(redirect, "identity.password.changed");
        return "redirect:/";
    }

    /** The session keeps the principal it was opened with; replace it so the "must change" flag clears now. */
    private void replacePrincipal(SignedInUser principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessionContexts.saveContext(context, request, response);
    }
}
