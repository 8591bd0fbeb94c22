package org.fazhi.casework.casefile;

/** Where a clue (线索) came from. */
public enum SourceKind {
    /** 检查发现: an inspection concluded "case to be filed". */ INSPECTION,
    /** 投诉举报. */ COMPLAINT,
    /** 上级交办、其他机关移送. */ REFERRAL,
    /** 移送管辖（移入）. */ TRANSFER_IN,
    /** 自行发现. */ OWN_DISCOVERY
}
