package org.fazhi.supervision.transfer;

/** The time limits of a transfer (行政执法机关移送涉嫌犯罪案件的规定 第五条、第八条、第九条、第十二条). */
public enum DeadlineKind {
    /** 负责人自接到报告之日起3日内作出批准移送或者不批准移送的决定（第五条）. */ APPROVAL,
    /** 批准移送的，24小时内向公安机关移送（第五条）. */ HANDOVER,
    /** 公安机关自接受移送之日起3日内决定是否立案（第八条）. */ POLICE_DECISION,
    /** 不予立案的，自接到通知之日起3日内提请复议（第九条）. */ RECONSIDERATION_REQUEST,
    /** 公安机关自收到复议申请之日起3日内作出复议决定（第九条）. */ RECONSIDERATION_DECISION,
    /** 立案的，自接到立案通知书之日起3日内移交涉案物品（第十二条）. */ EXHIBITS
}
