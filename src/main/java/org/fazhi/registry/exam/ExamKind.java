package org.fazhi.registry.exam;

/** What an exam session is for. */
public enum ExamKind {
    /** 执法资格考试: passing it is the condition for a first enforcement certificate. */
    QUALIFICATION,
    /** 年度考试 (公共法律知识等): one basis of the 年审. */
    ANNUAL,
    /** 其他考试. */
    OTHER
}
