package org.fazhi.casework;

/**
 * What the head of the agency decides after the investigation (行政处罚法第五十七条): a penalty; no penalty because
 * the violation is minor (第三十三条第一款), or a first violation with minor consequences promptly corrected
 * (首违不罚, same article, where the county's list provides for it); no penalty because the facts are not
 * established; or a transfer to the judicial organs because the act is suspected to be a crime.
 */
public enum DecisionKind {
    /** 给予行政处罚. */ PENALTY,
    /** 违法行为轻微，不予行政处罚. */ NO_PENALTY,
    /** 首违不罚. */ FIRST_OFFENCE_WAIVED,
    /** 违法事实不能成立，不予行政处罚. */ FACTS_UNPROVEN,
    /** 涉嫌犯罪，移送司法机关. */ TRANSFERRED;

    public boolean imposesPenalty() {
        return this == PENALTY;
    }
}
