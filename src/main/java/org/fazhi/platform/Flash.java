package org.fazhi.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-line confirmation shown at the top of the next page after a redirect ("已保存"). */
@Component
public class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void add(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("flash", messages.getMessage(messageKey, arguments, Locale.SIMPLIFIED_CHINESE));
    }
}
