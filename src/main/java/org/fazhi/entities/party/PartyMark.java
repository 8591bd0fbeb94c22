package org.fazhi.entities.party;

/** Marks a county puts on a party: 企业联系点 (enterprise contact point), 重点企业 (key enterprise). */
public enum PartyMark {
    CONTACT_POINT, KEY_ENTERPRISE
}
