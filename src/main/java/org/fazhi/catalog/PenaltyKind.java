package org.fazhi.catalog;

/** The kinds of administrative penalty, as 行政处罚法第九条 lists them. */
public enum PenaltyKind {
    /** 警告. */ WARNING,
    /** 通报批评. */ PUBLIC_CRITICISM,
    /** 罚款. */ FINE,
    /** 没收违法所得. */ CONFISCATE_GAINS,
    /** 没收非法财物. */ CONFISCATE_PROPERTY,
    /** 暂扣许可证件. */ SUSPEND_LICENCE,
    /** 降低资质等级. */ LOWER_QUALIFICATION,
    /** 吊销许可证件. */ REVOKE_LICENCE,
    /** 限制开展生产经营活动. */ RESTRICT_BUSINESS,
    /** 责令停产停业. */ ORDER_SUSPENSION,
    /** 责令关闭. */ ORDER_CLOSURE,
    /** 限制从业. */ RESTRICT_PRACTICE,
    /** 行政拘留. */ DETENTION,
    /** 法律、行政法规规定的其他行政处罚. */ OTHER
}
