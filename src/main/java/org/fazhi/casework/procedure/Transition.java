package org.fazhi.casework.procedure;

import org.springframework.context.MessageSourceResolvable;

/** The steps of a case, in the county's words; {@link CaseProcedure} lists where each may be taken and what it needs. */
public enum Transition implements MessageSourceResolvable {
    /** 线索登记. */ REGISTER_CLUE,
    /** 立案. */ FILE,
    /** 不予立案. */ DECLINE,
    /** 调查取证: record a piece of evidence. */ RECORD_EVIDENCE,
    /** 调查终结，提出处理意见. */ SUBMIT_FOR_REVIEW,
    /** 退回补充调查. */ RETURN_FOR_INVESTIGATION,
    /** 提请法制审核. */ SUBMIT_FOR_LEGAL_REVIEW,
    /** 法制审核通过. */ PASS_LEGAL_REVIEW,
    /** 法制审核退回. */ REJECT_LEGAL_REVIEW,
    /** 集体讨论. */ HOLD_COLLECTIVE_DISCUSSION,
    /** 行政处罚事先告知. */ NOTIFY,
    /** 记录陈述、申辩（或放弃）. */ RECORD_STATEMENT,
    /** 当事人要求听证. */ REQUEST_HEARING,
    /** 听证通知. */ SCHEDULE_HEARING,
    /** 举行听证. */ HOLD_HEARING,
    /** 作出决定. */ DECIDE,
    /** 送达. */ DELIVER,
    /** 登记缴款. */ RECORD_PAYMENT,
    /** 批准延期或分期缴纳. */ APPROVE_PAYMENT_PLAN,
    /** 催告. */ SEND_REMINDER,
    /** 申请人民法院强制执行. */ APPLY_TO_COURT,
    /** 结案. */ CLOSE,
    /** 归档. */ ARCHIVE,
    /** 延长办案期限. */ EXTEND_DEADLINE,
    /** 指定（更换）承办人. */ ASSIGN_HANDLERS,
    /** 回避申请（本人申请或当事人申请）. */ DECLARE_RECUSAL,
    /** 回避决定. */ DECIDE_RECUSAL,
    /** 当场作出行政处罚决定（简易程序）. */ DECIDE_ON_THE_SPOT,
    /** 当场处罚决定报所属行政机关备案. */ REPORT_ON_THE_SPOT;

    /** Its Chinese name ({@code casework.transition.<NAME>}), e.g. as an argument of a refusal's message. */
    @Override
    public String[] getCodes() {
        return new String[] {"casework.transition." + name()};
    }

    @Override
    public String getDefaultMessage() {
        return name();
    }
}
