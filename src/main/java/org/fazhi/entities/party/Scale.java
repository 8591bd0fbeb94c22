package org.fazhi.entities.party;

/** 企业规模 (大型、中型、小型、微型). */
public enum Scale {
    LARGE, MEDIUM, SMALL, MICRO
}
