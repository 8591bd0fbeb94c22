package org.fazhi.disputes;

import org.fazhi.disputes.reconsideration.CountyReconsiderations;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * A generated county's reconsideration history for province-scale datasets, after its cases: a few dozen
 * applications a year over the given years, mixed states and outcomes, about a third of them against penalties the
 * county's agencies decided, each through the same steps and limits as a live case, written in bulk. A county with
 * reconsideration cases already is skipped, so running the generator again adds nothing. Deterministic for a seed
 * and the day.
 */
@Service
public class ReconsiderationGeneration {

    /** What was generated for one county (zeros when it had reconsideration cases already). */
    public record County(long cases, long linked, long open, long concluded, long deadlines, long millis) {
    }

    private final CountyReconsiderations reconsiderations;

    ReconsiderationGeneration(CountyReconsiderations reconsiderations) {
        this.reconsiderations = reconsiderations;
    }

    /** {@code years} calendar years ending with the current one (the cases' years). */
    public County generateCounty(RegionCode county, int years, long seed) {
        long started = System.nanoTime();
        CountyReconsiderations.Written w = reconsiderations.generate(county, years, seed);
        return new County(w.cases(), w.linked(), w.open(), w.concluded(), w.deadlines(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
