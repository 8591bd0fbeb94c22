package org.fazhi.disclosure.redaction;

/** What a redacted span hides; the legal office sees it next to the mark. */
public enum RedactionKind {
    /** 自然人姓名: the surname stays, each given-name character becomes 某. */
    PERSON_NAME,
    /** 身份证号码, 18 or 15 digits. */
    ID_NUMBER,
    /** 手机号码 or 固定电话. */
    PHONE,
    /** 住址 below the street, road or village. */
    ADDRESS,
    /** 银行卡号 or 账号. */
    BANK_ACCOUNT,
    /** 私家车号牌: the province and the issuing office stay. */
    LICENCE_PLATE,
    /** 电子邮箱: the domain stays. */
    EMAIL,
    /** A span the legal office added by hand. */
    OTHER
}
