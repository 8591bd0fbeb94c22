package org.fazhi.governance.normative;

/** Where a published document is filed (备案). */
public enum FilingBody {
    /** 上一级人民政府. */ HIGHER_GOVERNMENT,
    /** 本级人大常委会. */ PEOPLES_CONGRESS
}
