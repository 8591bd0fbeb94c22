package org.fazhi.casework;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;

/**
 * A decision's publishable content, as its document was issued.
 *
 * @param naturalPerson whether the party is a natural person (自然人), whose name and particulars must be redacted
 * @param onTheSpot     issued under the simple procedure (当场行政处罚决定书)
 * @param persons       natural persons the decision names: the party when a person, the legal representative
 *                      when the document states one
 * @param officers      the handlers' names; the agency's own officers stay published
 * @param sections      the text sections in document order (违法事实, 证据, 违反条款, 处罚依据, 处罚内容, …)
 */
public record DecisionText(long caseId, String decisionNumber, long agencyId, String agencyName, RegionCode county,
                           LocalDate decidedOn, DecisionKind kind, String partyName, boolean naturalPerson,
                           boolean onTheSpot, List<String> persons, List<String> officers, List<String> items,
                           List<PenaltyKind> penalties, Money fine, List<Section> sections) {

    public DecisionText {
        persons = List.copyOf(persons);
        officers = List.copyOf(officers);
        items = List.copyOf(items);
        penalties = List.copyOf(penalties);
        sections = List.copyOf(sections);
    }

    /** One section of the document: its heading as the template names it ({@code 违法事实}) and its text. */
    public record Section(String heading, String text) {
    }
}
