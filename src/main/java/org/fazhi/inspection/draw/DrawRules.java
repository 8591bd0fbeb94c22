package org.fazhi.inspection.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The published rules of a draw (信用+双随机): the share of each credit grade to inspect, how many inspectors each
 * selected party gets (two at least: 执法人员不得少于两人, 行政处罚法第四十二条), how many tasks one inspector may get
 * in this draw, and whether officers are kept away from the township they live in.
 *
 * @param ratios share of each grade "A", "B", "C", "D", "-" to select, from 0 to 1; a missing grade means 0
 * @param capPerInspector the most parties one inspector is drawn for, or null for no cap
 */
public record DrawRules(Map<String, BigDecimal> ratios, int inspectorsPerParty, @Nullable Integer capPerInspector,
        boolean avoidResidence) {

    public DrawRules {
        for (String grade : ratios.keySet()) {
            if (!PartyEntry.GRADES.contains(grade)) {
                throw new IllegalArgumentException("抽查比例中的信用等级无效：" + grade + "（应为 A、B、C、D 或 -）");
            }
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (String grade : PartyEntry.GRADES) {
            BigDecimal ratio = ratios.getOrDefault(grade, BigDecimal.ZERO);
            if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("信用等级 " + grade + " 的抽查比例应在 0 到 1 之间：" + ratio);
            }
            ordered.put(grade, ratio);
        }
        ratios = Collections.unmodifiableMap(ordered);
        if (inspectorsPerParty < 2) {
            throw new IllegalArgumentException("每个检查对象至少应配两名执法人员：" + inspectorsPerParty);
        }
        if (capPerInspector != null && capPerInspector < 1) {
            throw new IllegalArgumentException("每名执法人员的任务上限至少为 1：" + capPerInspector);
        }
    }

    /** How many of a stratum of {@code size} parties to select: ratio × size, rounded half up, at most size. */
    public int selectionCount(String grade, int size) {
        BigDecimal exact = ratios.get(grade).multiply(BigDecimal.valueOf(size));
        return Math.min(size, exact.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }
}
