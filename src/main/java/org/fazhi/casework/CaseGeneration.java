package org.fazhi.casework;

import org.fazhi.casework.generation.CountyCases;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Generated case history for province-scale datasets: for each of the last years, a case for every inspection that
 * concluded "case to be filed", decisions on the spot (简易程序) and cases from complaints, referrals, own discovery
 * and transfers up to the year's number, each as far through its procedure as its age allows (old cases archived,
 * recent ones still being investigated or decided), with its timeline, proposals, evidence, deadlines, payments and
 * extensions, and the measures on property (查封, 扣押, 先行登记保存) some take. Written in bulk; deterministic for a
 * seed (and the day it runs).
 */
@Service
public class CaseGeneration {

    /** What was generated for one county, by table. */
    public record County(long cases, long fromInspections, long events, long proposals, long evidence,
                         long deadlines, long payments, long extensions, long onTheSpot, long measures,
                         long measureEvents) {
    }

    private final CountyCases cases;

    CaseGeneration(CountyCases cases) {
        this.cases = cases;
    }

    /**
     * About {@code casesPerYear} cases in each of the last {@code years} calendar years, the current one up to
     * yesterday (in proportion). Refuses a county that already has cases other than its inspections' clues; a
     * county is generated whole or not at all.
     */
    public County generateCounty(RegionCode county, int casesPerYear, int years, long seed) {
        CountyCases.Written w = cases.generate(county, casesPerYear, years, seed);
        return new County(w.cases(), w.fromInspections(), w.events(), w.proposals(), w.evidence(), w.deadlines(),
                w.payments(), w.extensions(), w.onTheSpot(), w.measures(), w.measureEvents());
    }

    /** Whether the county has cases beyond its inspections' clues: a generator resuming a province skips it. */
    public boolean hasCases(RegionCode county) {
        return cases.hasAny(county);
    }
}
