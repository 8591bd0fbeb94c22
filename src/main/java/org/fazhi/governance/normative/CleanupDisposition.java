package org.fazhi.governance.normative;

/** What a clean-up campaign (清理) decides for a document. */
public enum CleanupDisposition {
    /** 保留. */ RETAIN,
    /** 修改. */ AMEND,
    /** 废止: the document is repealed. */ REPEAL,
    /** 宣布失效: the document ceases to have effect. */ DECLARE_INVALID
}
