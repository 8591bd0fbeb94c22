package org.fazhi.disputes.litigation;

/** Who sues: a person (ID number kept encrypted, shown masked) or an organisation (credit code if it has one). */
public enum PlaintiffKind {
    PERSON, ORGANISATION
}
