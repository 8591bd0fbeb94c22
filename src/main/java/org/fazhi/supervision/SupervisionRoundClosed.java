package org.fazhi.supervision;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RegionCode;

/**
 * A supervision round was closed and each agency in it got its result (score out of 100 and grade), which feeds
 * the agency's rule-of-law assessment (法治政府建设考核).
 */
public record SupervisionRoundClosed(long roundId, RegionCode county, LocalDate closedOn, List<AgencyResult> results) {

    public SupervisionRoundClosed {
        results = List.copyOf(results);
    }

    /** One agency's result: problems found, opinions escalated, and the score and grade they give. */
    public record AgencyResult(long agencyId, int problems, int escalations, int score, String grade) {
    }
}
