package org.fazhi.registry.officer;

/**
 * The kind of post an officer is employed on. Henan's enforcement regulation lets only established staff hold an
 * enforcement certificate; contract and auxiliary staff may not enforce (configurable).
 */
public enum Establishment {
    /** 行政编制. */
    CIVIL_SERVANT,
    /** 事业编制. */
    PUBLIC_INSTITUTION,
    /** 合同制. */
    CONTRACT,
    /** 辅助人员 (协管员、辅警等). */
    AUXILIARY;

    public boolean isEstablished() {
        return this == CIVIL_SERVANT || this == PUBLIC_INSTITUTION;
    }
}
