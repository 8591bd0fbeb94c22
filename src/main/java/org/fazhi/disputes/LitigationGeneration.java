package org.fazhi.disputes;

import org.fazhi.disputes.litigation.CountyLawsuits;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * A generated county's 行政应诉 history for province-scale datasets, after its cases: some dozens of first-instance
 * lawsuits a year against its departments, about three in ten over penalties the county decided, with their defence,
 * hearings and who appeared, outcomes (about one in seven lost), appeals and a few retrials naming the lawsuit they
 * continue; a few judicial and procuratorial suggestions a year with their replies; two 府院联动 meetings a year with
 * the issues they list. Each lawsuit goes through the same steps and limits as a recorded one, written in bulk. A
 * county with lawsuits already is skipped. Deterministic for a seed and the day. No {@link LawsuitLost} is published
 * for generated losses: the monitoring's full pass finds them.
 */
@Service
public class LitigationGeneration {

    /** What was generated for one county (zeros when it had lawsuits already). */
    public record County(long lawsuits, long appeals, long linked, long concluded, long lost, long hearings,
                         long suggestions, long meetings, long issues, long millis) {
    }

    private final CountyLawsuits lawsuits;

    LitigationGeneration(CountyLawsuits lawsuits) {
        this.lawsuits = lawsuits;
    }

    public boolean hasLawsuits(RegionCode county) {
        return lawsuits.hasAny(county);
    }

    /** About {@code perYear} first-instance lawsuits a year over {@code years} calendar years ending with this one. */
    public County generateCounty(RegionCode county, int years, int perYear, long seed) {
        return generateCounty(county, years, perYear, 2, seed);
    }

    /** The same with {@code meetingsPerYear} 府院联动 meetings a year (an even number; benchmarks of the issues list). */
    public County generateCounty(RegionCode county, int years, int perYear, int meetingsPerYear, long seed) {
        long started = System.nanoTime();
        CountyLawsuits.Written w = lawsuits.generate(county, years, perYear, meetingsPerYear, seed);
        return new County(w.lawsuits(), w.appeals(), w.linked(), w.concluded(), w.lost(), w.hearings(),
                w.suggestions(), w.meetings(), w.issues(), (System.nanoTime() - started) / 1_000_000);
    }
}
