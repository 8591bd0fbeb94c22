package org.fazhi.disclosure.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: the mailbox name (often the person's name in pinyin) is redacted, the domain stays. A
 * government mailbox ({@code .gov.cn}) is the agency's own and stays whole.
 */
final class EmailFinder implements Redaction.Finder {

    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

    @Override
    public void find(String text, RedactionContext context, List<RedactionSpan> into) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            Matcher email = EMAIL.matcher(text).region(start, text.length()).useTransparentBounds(true);
            if (!email.lookingAt()) {
                continue;
            }
            if (!email.group(2).toLowerCase().endsWith(".gov.cn")) {
                into.add(new RedactionSpan(email.start(), email.end(), RedactionKind.EMAIL, email.group(),
                        "***@" + email.group(2)));
            }
        }
    }

    private static boolean isLocalPart(char c) {
        return Text.isAsciiLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
    }
}
