package org.fazhi.disputes.reconsideration;

/** 申请人: a natural person (identified by ID number) or an organisation (by its credit code, when it has one). */
public enum ApplicantKind {
    PERSON, ORGANISATION
}
