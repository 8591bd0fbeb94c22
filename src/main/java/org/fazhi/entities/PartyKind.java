package org.fazhi.entities;

/** The four kinds of regulated party; a person is identified by an ID number, the others by a credit code. */
public enum PartyKind {
    /** 企业. */ ENTERPRISE,
    /** 个体工商户. */ INDIVIDUAL_BUSINESS,
    /** 自然人. */ PERSON,
    /** 其他组织 (社会组织、事业单位等). */ OTHER_ORGANISATION;

    public boolean identifiedByIdNumber() {
        return this == PERSON;
    }
}
