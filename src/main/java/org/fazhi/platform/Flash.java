package org.fazhi.platform;

import java.util.Locale;

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
}
