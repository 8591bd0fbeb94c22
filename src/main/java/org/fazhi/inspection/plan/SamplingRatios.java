package org.fazhi.inspection.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fazhi.shared.RuleViolation;

/**
 * 信用+双随机: the share of each credit grade's parties a plan draws — the most trusted (A) least, the least
 * trusted (D) most — and the share of parties without a grade. Each between 0 and 1.
 */
public record SamplingRatios(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d, BigDecimal unrated) {

    public SamplingRatios {
        for (BigDecimal ratio : new BigDecimal[] {a, b, c, d, unrated}) {
            if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw RuleViolation.of("inspection.plan.ratio.range");
            }
        }
    }

    /** The five ratios as people write them: "3%", in the order A, B, C, D, unrated. */
    public java.util.List<String> percents() {
        return byGrade().values().stream().map(ratio -> ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                .toList();
    }

    /** Keyed as the draw's published rules are: "A" to "D", and "-" for parties without a grade. */
    public Map<String, BigDecimal> byGrade() {
        Map<String, BigDecimal> ratios = new LinkedHashMap<>();
        ratios.put("A", a);
        ratios.put("B", b);
        ratios.put("C", c);
        ratios.put("D", d);
        ratios.put("-", unrated);
        return ratios;
    }
}
