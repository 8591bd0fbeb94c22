package org.fazhi.catalog.item;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fazhi.shared.InvalidValueException;

/**
 * An item's legal bases written in one spreadsheet cell, as counties write them in their lists: one provision per
 * line (or several separated by "；" before the next 《), each {@code 《法名》第X条：原文}. A line that does not start
 * with 《 continues the previous provision's quoted text, so a quotation may span lines.
 */
final class LegalBasisText {

    private static final Pattern NEXT_PROVISION = Pattern.compile("[；;]\\s*(?=《)");
    private static final Pattern PROVISION = Pattern.compile("《([^》]*)》([^：:]*)(?:[：:](.*))?", Pattern.DOTALL);

    private LegalBasisText() {
    }

    /** The provisions in the cell, in order; none for an empty cell. */
    static List<LegalBasis> parse(String cell) {
        List<String> provisions = new ArrayList<>();
        String text = NEXT_PROVISION.matcher(cell.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("\n");
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.startsWith("《")) {
                provisions.add(stripped);
            } else if (!provisions.isEmpty()) {
                int last = provisions.size() - 1;
                provisions.set(last, provisions.get(last) + "\n" + stripped);
            } else {
                throw new InvalidValueException("catalog.item.legal-basis.unreadable", shortened(stripped));
            }
        }
        List<LegalBasis> bases = new ArrayList<>();
        for (String provision : provisions) {
            Matcher matcher = PROVISION.matcher(provision);
            if (!matcher.matches() || matcher.group(1).isBlank()) {
                throw new InvalidValueException("catalog.item.legal-basis.unreadable", shortened(provision));
            }
            bases.add(new LegalBasis(matcher.group(1), matcher.group(2), matcher.group(3)));
        }
        return bases;
    }

    /** The cell for these provisions, one per line; {@link #parse} reads it back unchanged. */
    static String format(List<LegalBasis> bases) {
        return bases.stream().map(LegalBasis::text).collect(Collectors.joining("\n"));
    }

    private static String shortened(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
