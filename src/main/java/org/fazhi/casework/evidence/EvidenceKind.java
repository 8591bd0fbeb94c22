package org.fazhi.casework.evidence;

/** The eight kinds of evidence of 行政处罚法第四十六条. */
public enum EvidenceKind {
    /** 书证. */ DOCUMENTARY,
    /** 物证. */ PHYSICAL,
    /** 视听资料. */ AUDIO_VISUAL,
    /** 电子数据. */ ELECTRONIC,
    /** 证人证言. */ WITNESS,
    /** 当事人的陈述. */ PARTY_STATEMENT,
    /** 鉴定意见. */ EXPERT_OPINION,
    /** 勘验笔录、现场笔录. */ INSPECTION_RECORD
}
