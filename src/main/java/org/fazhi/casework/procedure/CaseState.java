package org.fazhi.casework.procedure;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where a case stands in the general procedure (普通程序, 行政处罚法第五章第三节). {@link CaseProcedure} says which
 * step leads from one to the next.
 */
public enum CaseState implements MessageSourceResolvable {
    /** 线索登记: registered from an inspection, a complaint, a referral, a transfer or the agency's own discovery. */
    CLUE,
    /** 不予立案: the clue does not justify a case (with the reason); an end. */
    NOT_FILED,
    /** 立案，调查取证: filed; two officers investigate and record evidence. */
    INVESTIGATING,
    /** 案件审查: the investigation ended with a report and a proposed decision. */
    UNDER_REVIEW,
    /** 法制审核: the agency's legal office reviews the case before the decision (第五十八条). */
    LEGAL_REVIEW,
    /** 审核通过: the legal review passed. */
    REVIEWED,
    /** 已告知: the party was told the facts, reasons, basis and proposed penalty, and its rights (第四十四条). */
    NOTIFIED,
    /** 待听证: the party asked for a hearing in time (第六十四条). */
    HEARING_REQUESTED,
    /** 听证结束: the hearing was held; the decision follows from its record (第六十五条). */
    HEARD,
    /** 已决定: the head decided (第五十七条); the decision is to be delivered. */
    DECIDED,
    /** 执行: the decision was delivered and is being carried out (payment, instalments, reminders). */
    EXECUTING,
    /** 申请法院强制执行: the agency applied to the court (行政强制法第五十三条). */
    COURT_ENFORCEMENT,
    /** 结案. */
    CLOSED,
    /** 归档: the case file is archived (第四十七条); an end. */
    ARCHIVED;

    /** Still being worked on: neither declined, closed nor archived. */
    public boolean isOpen() {
        return this != NOT_FILED && this != CLOSED && this != ARCHIVED;
    }

    /** Before the decision: the period of 第六十条 runs and may be extended. */
    public boolean isBeforeDecision() {
        return ordinal() >= INVESTIGATING.ordinal() && ordinal() <= HEARD.ordinal();
    }

    /** Its Chinese name ({@code casework.state.<NAME>}), e.g. as an argument of a refusal's message. */
    @Override
    public String[] getCodes() {
        return new String[] {"casework.state." + name()};
    }

    @Override
    public String getDefaultMessage() {
        return name();
    }
}
