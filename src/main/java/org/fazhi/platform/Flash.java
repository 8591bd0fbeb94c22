package org.fazhi.platform;

import java.util.Locale;

import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line message shown at the top of the next page after a redirect: a confirmation ("已保存"), or a refusal
 * of an action that has no form to show its error beside.
 */
@Component
public class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void add(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("flash", messages.getMessage(messageKey, arguments, Locale.SIMPLIFIED_CHINESE));
    }

    public void error(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("flashError", messages.getMessage(messageKey, arguments, Locale.SIMPLIFIED_CHINESE));
    }

    /**
     * Runs a state change that has no form of its own (approve, draw, accept): a rule or an input problem that
     * refuses it becomes the next page's error message instead of an error page. {@code change} adds its own
     * confirmation.
     */
    public void attempt(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (RuleViolation refused) {
            error(redirect, refused.messageKey(), refused.arguments());
        } catch (InvalidInput invalid) {
            InvalidInput.FieldProblem problem = invalid.problems().get(0);
            error(redirect, problem.messageKey(), problem.arguments().toArray());
        }
    }
}
