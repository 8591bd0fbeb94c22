package org.fazhi.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals that reach a page controller uncaught: a rule the action broke, or an edit made stale by someone
 * else. Shown as a page that says what happened in Chinese; nothing was written.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolation.class)
    String refused(RuleViolation violation, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("message", messages.getMessage(violation.messageKey(), violation.arguments(),
                violation.messageKey(), Locale.SIMPLIFIED_CHINESE));
        model.addAttribute("legalBasis", violation.legalBasis());
        return "error/refused";
    }

    @ExceptionHandler(StaleEdit.class)
    String stale(Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("message", messages.getMessage("error.conflict.stale", null, Locale.SIMPLIFIED_CHINESE));
        model.addAttribute("legalBasis", "");
        return "error/refused";
    }
}
