package org.fazhi.casework.compulsion;

/** The two compulsory measures on property an agency takes in a penalty case (行政强制法第九条第二项、第三项). */
public enum MeasureKind {
    /** 查封: places, facilities or goods sealed where they are. */ SEALING_UP,
    /** 扣押: goods taken into the agency's keeping. */ SEIZURE
}
