package org.fazhi.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * An act on a case done by named officers on a day (行政处罚法第四十二条、第五十五条: by at least two certified
 * officers): the filing (立案) and the decision (决定) by the case's handlers, a 笔录 written on the spot, a 查封/扣押 or
 * 先行登记保存 taken. {@code officerIds} are the officers the question was about (all of them, or those concerned).
 */
public record CaseAct(long caseId, String caseCode, long agencyId, Kind kind, LocalDate on, List<Long> officerIds) {

    public CaseAct {
        officerIds = List.copyOf(officerIds);
    }

    public enum Kind {
        /** 立案. */ FILING,
        /** 作出处罚决定 (on the spot too). */ DECISION,
        /** 现场检查笔录、询问笔录、勘验笔录. */ EVIDENCE_RECORD,
        /** 查封、扣押、先行登记保存. */ COMPULSORY_MEASURE
    }
}
