package org.fazhi.casework.compulsion;

/**
 * The measures on property an agency takes in a penalty case: the compulsory measures 查封 and 扣押 (行政强制法第九条
 * 第二项、第三项), and 先行登记保存 of evidence likely to be lost (行政处罚法第五十六条), which the same steps record.
 */
public enum MeasureKind {
    /** 查封: places, facilities or goods sealed where they are. */ SEALING_UP,
    /** 扣押: goods taken into the agency's keeping. */ SEIZURE,
    /** 先行登记保存: evidence registered and preserved, decided on within 7 working days, never extended. */
    PRESERVATION;

    /** 查封 and 扣押 have their decision, list and extension notice (行政强制法第二十四条、第二十五条). */
    public boolean isCompulsory() {
        return this != PRESERVATION;
    }
}
