package org.fazhi.inspection.frequency;

/** The kinds of visit to an enterprise that the frequency rules tell apart (国办发〔2024〕54号). */
public enum VisitKind {
    /** 日常检查: planned, usually drawn by 双随机. */
    ROUTINE("日常检查"),
    /** 个案检查: cause-based, started by a complaint, a referral or a clue; it cannot wait for a plan. */
    CASE("个案检查"),
    /** 专项检查 deployed by the county. */
    SPECIAL("专项检查"),
    /** 专项检查 deployed by a higher level; the county decides whether it uses up its own allowance. */
    HIGHER_SPECIAL("上级部署的专项检查"),
    /** 调研、政策宣讲、服务、督导: not inspections, but they enter the enterprise all the same. */
    NON_ENFORCEMENT("调研、宣讲、服务、督导");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
