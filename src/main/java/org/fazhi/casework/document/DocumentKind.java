package org.fazhi.casework.document;

import org.jspecify.annotations.Nullable;

/**
 * The enforcement documents (执法文书) a case issues. Each is rendered from the template file named after its title
 * ({@code 行政处罚决定书.docx}) and, except the list of seized items, numbered in a series of its own per agency and
 * year, the series named by a short name ({@code 罚} in {@code 郏市监罚〔2026〕12号}) that a county may change.
 */
public enum DocumentKind {

    /** 立案审批表: its number is the case number (案件编号). */
    FILING_APPROVAL("立案审批表", "立案"),
    /** 行政处罚事先告知书 (行政处罚法第四十四条、第四十五条). */
    PRIOR_NOTICE("行政处罚事先告知书", "告知"),
    /** 行政处罚听证告知书: the notice of a penalty that carries hearing rights (第六十三条、第六十四条). */
    HEARING_RIGHTS_NOTICE("行政处罚听证告知书", "听告"),
    /** 听证通知书: time and place of a requested hearing, sent at least seven working days before (第六十四条). */
    HEARING_NOTICE("听证通知书", "听通"),
    PENALTY_DECISION("行政处罚决定书", "罚"),
    /** 不予行政处罚决定书, including 首违不罚 (第三十三条). */
    NO_PENALTY_DECISION("不予行政处罚决定书", "不罚"),
    /** 当场行政处罚决定书 (简易程序, 行政处罚法第五十二条): filled in and handed over on the spot. */
    ON_THE_SPOT_DECISION("当场行政处罚决定书", "当罚"),
    /** 查封（扣押）决定书 (行政强制法第二十四条). */
    SEIZURE_DECISION("查封（扣押）决定书", "封扣"),
    /** 查封（扣押）清单: the decision's list of items; it carries the decision's number, not one of its own. */
    SEIZURE_LIST("查封（扣押）清单", null),
    /** 延长查封（扣押）期限通知书 (行政强制法第二十五条). */
    EXTENSION_NOTICE("延长查封（扣押）期限通知书", "延期"),
    /** 解除查封（扣押）决定书: the measure lifted for one of the reasons of 行政强制法第二十八条. */
    RELEASE_DECISION("解除查封（扣押）决定书", "解封"),
    /**
     * 延长办案期限审批表: the head's approval of a longer decision period (行政处罚法第六十条). An internal form, not
     * a notice: the law asks for the head's approval, not for telling the party.
     */
    CASE_EXTENSION_APPROVAL("延长办案期限审批表", "延审"),
    /** 催告书 (行政强制法第三十五条、第五十四条). */
    PAYMENT_REMINDER("催告书", "催告"),
    SERVICE_RECEIPT("送达回证", "送达"),
    CLOSING_APPROVAL("结案审批表", "结案");

    private final String title;
    private final @Nullable String shortName;

    DocumentKind(String title, @Nullable String shortName) {
        this.title = title;
        this.shortName = shortName;
    }

    public String title() {
        return title;
    }

    /** The template's file name, shipped and in the county's folder alike. */
    public String fileName() {
        return title + ".docx";
    }

    /** Whether this kind draws numbers of its own (the list of seized items carries its decision's). */
    public boolean isNumbered() {
        return shortName != null;
    }

    /** The default short name of the kind's number series; {@code fazhi.casework.numbering.short-names} changes it. */
    @Nullable String defaultShortName() {
        return shortName;
    }
}
