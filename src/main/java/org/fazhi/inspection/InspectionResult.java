package org.fazhi.inspection;

/** 检查结果: nothing found, rectification ordered (责令整改, with a deadline), or a case to be filed (立案). */
public enum InspectionResult {
    NO_PROBLEM, RECTIFICATION, CASE_TO_FILE
}
