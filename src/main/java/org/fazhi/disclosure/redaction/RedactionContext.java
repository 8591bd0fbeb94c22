package org.fazhi.disclosure.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * What the decision itself tells the redaction: who the party is, the natural persons it names (the party when a
 * person, the legal representative, witnesses, agents; each redacted wherever it occurs) and what must stay
 * published although it looks personal (the agency's own officers, its own phone number, e-mail or account for
 * paying the fine).
 *
 * @param party     the kind of party the decision is about; decides the licence plates and a {@code 住所} with no
 *                  other hint
 * @param persons   full names of natural persons, e.g. {@code 张三}, {@code 欧阳娜娜}
 * @param keptNames officers' names, never redacted
 * @param keptTerms any other text that stays as it is wherever it occurs (agency phone, account, e-mail)
 */
public record RedactionContext(Party party, List<String> persons, List<String> keptNames, List<String> keptTerms) {

    /** The party of the decision. */
    public enum Party {
        NATURAL_PERSON, ORGANISATION, UNKNOWN
    }

    public RedactionContext {
        persons = List.copyOf(persons.stream().map(String::strip).filter(name -> name.length() >= 2).toList());
        keptNames = List.copyOf(keptNames);
        keptTerms = List.copyOf(keptTerms);
    }

    /** Nothing known: cue-based detection only, and a licence plate counts as private. */
    public static RedactionContext none() {
        return new RedactionContext(Party.UNKNOWN, List.of(), List.of(), List.of());
    }

    public static RedactionContext aboutPerson(String... persons) {
        return none().withParty(Party.NATURAL_PERSON).withPersons(persons);
    }

    public static RedactionContext aboutOrganisation(String... persons) {
        return none().withParty(Party.ORGANISATION).withPersons(persons);
    }

    public RedactionContext withParty(Party kind) {
        return new RedactionContext(kind, persons, keptNames, keptTerms);
    }

    public RedactionContext withPersons(String... names) {
        return new RedactionContext(party, plus(persons, names), keptNames, keptTerms);
    }

    public RedactionContext keepingNames(String... names) {
        return new RedactionContext(party, persons, plus(keptNames, names), keptTerms);
    }

    public RedactionContext keepingTerms(String... terms) {
        return new RedactionContext(party, persons, keptNames, plus(keptTerms, terms));
    }

    private static List<String> plus(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }
}
