package org.fazhi.supervision;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A 监督意见书 was not acted on by its deadline and a 监督决定书 followed (河南省行政执法条例), with an interview (约谈)
 * of the agency's head.
 */
public record OpinionEscalated(long opinionId, String opinionNumber, String decisionNumber, RegionCode county,
                               long agencyId, LocalDate decidedOn) {
}
