package org.fazhi.platform;

import java.util.Locale;

import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line message shown at the top of the next page after a redirect: a confirmation ("已保存"), or a refusal
 * of an action that has no form to show its error beside (or of a form's change by a rule, not by its input).
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
        attempt(redirect, null, change);
    }

    /**
     * As {@link #attempt(RedirectAttributes, Runnable)}, for a change asked with fields of a small form (a case's
     * step): an input problem names its field, labelled by the message {@code labels + field}
     * ({@code 延长天数：必须填写。}), since there is no field beside which to show it.
     */
    public void attempt(RedirectAttributes redirect, @Nullable String labels, Runnable change) {
        try {
            change.run();
        } catch (RuleViolation refused) {
            error(redirect, refused.messageKey(), refused.arguments());
        } catch (InvalidInput invalid) {
            InvalidInput.FieldProblem problem = invalid.problems().get(0);
            String said = text(problem.messageKey(), problem.arguments().toArray());
            boolean named = labels != null && !problem.field().isEmpty();
            redirect.addFlashAttribute("flashError", named ? text("flash.field-problem",
                    messages.getMessage(labels + problem.field(), null, problem.field(), Locale.SIMPLIFIED_CHINESE),
                    said) : said);
        }
    }

    /**
     * Runs a change asked with a form that shows each problem beside its field: true when it is done, or refused by
     * a rule (then the next page's error message); false when its input is refused, the problems then added to
     * {@code errors} for the form to be shown again with what was typed. A form that did not bind is not tried.
     */
    public boolean attempt(BindingResult errors, RedirectAttributes redirect, Runnable change) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (RuleViolation refused) {
            error(redirect, refused.messageKey(), refused.arguments());
            return true;
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return false;
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
