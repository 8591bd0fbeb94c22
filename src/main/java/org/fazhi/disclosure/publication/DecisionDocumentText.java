package org.fazhi.disclosure.publication;

import java.util.List;
import java.util.stream.Collectors;

import org.fazhi.casework.DecisionText;

/**
 * The decision's sections as one text ({@code 违法事实：…} a line each), so that a name redacted in one section is
 * redacted the same way in all and the legal office reviews one document, as the public will read it.
 */
final class DecisionDocumentText {

    private DecisionDocumentText() {
    }

    static String of(List<DecisionText.Section> sections) {
        return sections.stream().map(section -> section.heading() + "：" + section.text())
                .collect(Collectors.joining("\n"));
    }
}
