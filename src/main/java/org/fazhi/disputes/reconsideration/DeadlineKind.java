package org.fazhi.disputes.reconsideration;

/** The time limits of a reconsideration case (行政复议法; 3/5/7/10-day periods are working days, 第八十八条). */
public enum DeadlineKind {
    /** 收到申请之日起5日内审查，决定受理、不予受理或者通知补正（第三十条、第三十一条）. */ EXAMINATION,
    /** 申请人自收到补正通知之日起10日内补正（第三十一条）. */ CORRECTION,
    /** 受理之日起7日内将申请书副本发送被申请人（第四十八条）. */ COPY,
    /** 被申请人收到副本之日起10日内提出书面答复并提交证据（第四十八条）. */ ANSWER,
    /** 受理之日起60日内（简易程序30日）作出决定，经批准可延长至多30日（第六十二条）. */ DECISION
}
