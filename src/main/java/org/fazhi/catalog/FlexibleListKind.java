package org.fazhi.catalog;

/** The flexible-enforcement lists (柔性执法清单); counties publish them so parties know in advance. */
public enum FlexibleListKind {
    /** 不予处罚清单 (行政处罚法第三十三条第一款: minor, promptly corrected, no harmful consequences). */
    NO_PENALTY,
    /** 首违不罚清单 (第三十三条第一款: first violation, minor consequences, promptly corrected; "may"). */
    FIRST_OFFENCE,
    /** 从轻处罚清单 (第三十二条). */
    LIGHTER,
    /** 减轻处罚清单 (第三十二条). */
    MITIGATED,
    /** 免予行政强制清单 (行政强制法第五条). */
    NO_COMPULSION
}
