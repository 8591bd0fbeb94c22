package org.fazhi.governance.ledger;

import java.util.List;
import java.util.Locale;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bureau's page for its county's own ledger types: the list (shipped ones shown for reference), a new
 * declaration in JSON started from a sample, and redeclaring one. Problems of a refused declaration are listed in
 * Chinese, naming the part at fault. Only the county's SUPERVISOR comes here.
 */
@Controller
@RequestMapping("/governance/ledger-types")
class LedgerTypeController {

    static final String SAMPLE = "governance/ledger-sample.json";

    private final LedgerTypes types;
    private final MessageSource messages;
    private final Flash flash;

    LedgerTypeController(LedgerTypes types, MessageSource messages, Flash flash) {
        this.types = types;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        LedgerTypes.requireBureau(user);
        model.addAttribute("countyTypes", types.countyTypes(user.region()));
        model.addAttribute("shippedTypes", types.shipped());
        return "governance/ledger-types";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal SignedInUser user, Model model) throws java.io.IOException {
        LedgerTypes.requireBureau(user);
        String sample = new ClassPathResource(SAMPLE).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return form(sample, null, false, model);
    }

    @GetMapping("/{code}")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, Model model) {
        LedgerTypes.requireBureau(user);
        LedgerType type = types.get(user.region(), code);
        return form(Declarations.write(type), null, type.shipped(), model);
    }

    @PostMapping
    String declare(@AuthenticationPrincipal SignedInUser user, @RequestParam String json, Model model,
                   RedirectAttributes redirect) {
        try {
            LedgerType type = types.declare(user, json);
            flash.add(redirect, "governance.ledger.type.declared", type.name());
            return "redirect:/governance/ledgers/" + type.code();
        } catch (InvalidInput invalid) {
            return form(json, invalid, false, model);
        }
    }

    private String form(String json, @Nullable InvalidInput invalid, boolean readOnly, Model model) {
        List<String> problems = invalid == null ? List.of() : invalid.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(),
                        Locale.SIMPLIFIED_CHINESE)).toList();
        model.addAttribute("json", json);
        model.addAttribute("problems", problems);
        model.addAttribute("readOnly", readOnly);
        return "governance/ledger-type-form";
    }
}
