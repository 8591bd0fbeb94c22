package org.fazhi.governance.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.StaleEdit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
 * A ledger entry's form, rendered from the declaration: one input per field by its type, the problems of a refused
 * post beside their fields in Chinese, the typed values kept. New entries and edits share it.
 */
@Controller
@RequestMapping("/governance/ledgers/{code}")
class LedgerEntryController {

    private final Ledgers ledgers;
    private final MessageSource messages;
    private final Flash flash;

    LedgerEntryController(Ledgers ledgers, MessageSource messages, Flash flash) {
        this.ledgers = ledgers;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, Model model) {
        LedgerType type = writable(user, code);
        return form(user, type, null, 0, Map.of(), null, model);
    }

    @PostMapping
    String record(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                  @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        LedgerType type = writable(user, code);
        try {
            LedgerEntry entry = ledgers.record(user, type, params);
            flash.add(redirect, "governance.ledger.entry.recorded", type.name());
            return "redirect:/governance/ledgers/" + code + "/" + entry.id();
        } catch (InvalidInput invalid) {
            return form(user, type, null, 0, params, invalid, model);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, @PathVariable long id,
                Model model) {
        LedgerType type = writable(user, code);
        LedgerEntry entry = ledgers.get(user, type, id);
        return form(user, type, id, entry.version(), EntryTexts.formTexts(type, entry.values()), null, model);
    }

    @PostMapping("/{id:\\d+}")
    String revise(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, @PathVariable long id,
                  @RequestParam Map<String, String> params, @RequestParam int version, Model model,
                  RedirectAttributes redirect) {
        LedgerType type = writable(user, code);
        try {
            ledgers.revise(user, type, id, version, params);
            flash.add(redirect, "governance.ledger.entry.revised", type.name());
        } catch (InvalidInput invalid) {
            return form(user, type, id, version, params, invalid, model);
        } catch (StaleEdit stale) {
            flash.error(redirect, "governance.ledger.entry.stale");
        }
        return "redirect:/governance/ledgers/" + code + "/" + id;
    }

    private LedgerType writable(SignedInUser user, String code) {
        LedgerType type = ledgers.type(user, code);
        if (!ledgers.mayWrite(user)) {
            throw new AccessDeniedException("governance.ledger.writers-only");
        }
        return type;
    }

    private String form(SignedInUser user, LedgerType type, @Nullable Long id, int version,
                        Map<String, String> values, @Nullable InvalidInput invalid, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (invalid != null) {
            invalid.problems().forEach(p -> errors.merge(p.field(), messages.getMessage(p.messageKey(),
                    p.arguments().toArray(), p.messageKey(), Locale.SIMPLIFIED_CHINESE), (a, b) -> a));
        }
        model.addAttribute("type", type);
        model.addAttribute("entryId", id);
        model.addAttribute("version", version);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", List.copyOf(errors.values()));
        model.addAttribute("agencyOptions", ledgers.agencyChoices(user));
        return "governance/ledger-form";
    }
}
