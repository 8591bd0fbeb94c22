package org.fazhi.inspection.draw;

import java.util.List;

/**
 * One regulated party in the directory a draw selects from (检查对象名录): its credit grade on the day the
 * directory was fixed and the township it is located in, which decides residence avoidance.
 *
 * @param grade "A" to "D", or "-" for a party without a credit rating
 * @param township the region code of the township (digits)
 */
public record PartyEntry(long partyId, String grade, String township) {

    /** The grades in the order the draw takes its strata. */
    public static final List<String> GRADES = List.of("A", "B", "C", "D", "-");

    public PartyEntry {
        if (partyId <= 0) {
            throw new IllegalArgumentException("检查对象编号必须为正数：" + partyId);
        }
        int index = grade == null ? -1 : GRADES.indexOf(grade);
        if (index < 0) {
            throw new IllegalArgumentException("检查对象 " + partyId + " 的信用等级无效：" + grade
                    + "（应为 A、B、C、D 或 -）");
        }
        grade = GRADES.get(index);
        if (!Digits.only(township)) {
            throw new IllegalArgumentException("检查对象 " + partyId + " 的所在乡镇代码无效：" + township);
        }
    }

    /** The stratum this party falls in: 0 for A to 4 for unrated. */
    int stratum() {
        return switch (grade) {
            case "A" -> 0;
            case "B" -> 1;
            case "C" -> 2;
            case "D" -> 3;
            default -> 4;
        };
    }
}
