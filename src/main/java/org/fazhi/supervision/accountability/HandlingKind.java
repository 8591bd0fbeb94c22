package org.fazhi.supervision.accountability;

/** How a person held at fault was dealt with (004: 「党纪政务处分13人，组织处理3人」). */
public enum HandlingKind {
    /** 党纪政务处分. */ PARTY_GOVERNMENT_SANCTION,
    /** 组织处理. */ ORGANISATIONAL,
    /** 诫勉. */ ADMONITION,
    /** 批评教育. */ CRITICISM_EDUCATION
}
