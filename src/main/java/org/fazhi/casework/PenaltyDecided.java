package org.fazhi.casework;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;

/**
 * The head of the agency decided a case (行政处罚法第五十七条): a penalty with its kinds and fine, or no penalty,
 * or a transfer. Disclosure publishes penalty decisions from this (within 7 working days).
 */
public record PenaltyDecided(long caseId, String caseCode, RegionCode county, long agencyId, long partyId,
                             DecisionKind kind, List<PenaltyKind> penalties, Money fine, boolean outsideBenchmark,
                             LocalDate decidedOn) {

    public PenaltyDecided {
        penalties = List.copyOf(penalties);
    }
}
