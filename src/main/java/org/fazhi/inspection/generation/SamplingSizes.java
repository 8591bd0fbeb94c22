package org.fazhi.inspection.generation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.inspection.draw.PartyEntry;
import org.fazhi.inspection.plan.SamplingRatios;

/**
 * A plan's ratios for about the wanted number of parties (信用+双随机): the shape stays credit-graded — a D party
 * ten times as likely to be drawn as an A party, an unrated one three times — and the scale is whatever reaches
 * the number. A grade whose ratio would pass 1 is drawn whole and the others are scaled up to make up for it.
 */
final class SamplingSizes {

    private static final Map<String, Double> WEIGHTS = Map.of("A", 1.0, "B", 2.0, "C", 4.0, "D", 10.0, "-", 3.0);

    private SamplingSizes() {
    }

    static SamplingRatios toSelect(int wanted, List<PartyEntry> directory) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        PartyEntry.GRADES.forEach(grade -> sizes.put(grade, 0));
        directory.forEach(party -> sizes.merge(party.grade(), 1, Integer::sum));
        Map<String, Double> ratios = scaled(wanted, sizes);
        return new SamplingRatios(ratio(ratios, "A"), ratio(ratios, "B"), ratio(ratios, "C"), ratio(ratios, "D"),
                ratio(ratios, "-"));
    }

    private static Map<String, Double> scaled(int wanted, Map<String, Integer> sizes) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        boolean clipped = true;
        while (clipped) {
            clipped = false;
            double remaining = wanted;
            double weighted = 0;
            for (String grade : PartyEntry.GRADES) {
                if (ratios.containsKey(grade)) {
                    remaining -= sizes.get(grade);
                } else {
                    weighted += WEIGHTS.get(grade) * sizes.get(grade);
                }
            }
            double scale = weighted == 0 ? 0 : Math.max(0, remaining) / weighted;
            for (String grade : PartyEntry.GRADES) {
                if (!ratios.containsKey(grade) && scale * WEIGHTS.get(grade) >= 1 && sizes.get(grade) > 0) {
                    ratios.put(grade, 1.0);
                    clipped = true;
                }
            }
            if (!clipped) {
                PartyEntry.GRADES.forEach(grade -> ratios.putIfAbsent(grade, scale * WEIGHTS.get(grade)));
            }
        }
        return ratios;
    }

    /** Four decimals, as the plan stores them (numeric(5, 4)), so the draw and its verification read the same. */
    private static BigDecimal ratio(Map<String, Double> ratios, String grade) {
        return BigDecimal.valueOf(Math.min(1.0, ratios.get(grade))).setScale(4, RoundingMode.HALF_UP);
    }
}
