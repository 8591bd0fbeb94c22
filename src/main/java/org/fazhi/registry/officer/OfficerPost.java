package org.fazhi.registry.officer;

/** The post an officer holds; 持证率 counts officers in enforcement posts only (seed requirements F3). */
public enum OfficerPost {
    /** 执法岗位. */
    ENFORCEMENT,
    /** 法制审核岗位. */
    LEGAL_REVIEW,
    /** 执法监督岗位. */
    SUPERVISION,
    /** 其他岗位. */
    OTHER
}
