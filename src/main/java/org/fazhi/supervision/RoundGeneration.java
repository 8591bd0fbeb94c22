package org.fazhi.supervision;

import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.round.CountyRounds;
import org.springframework.stereotype.Service;

/**
 * Generated supervision history for province-scale datasets: a quarterly round for each quarter of the last
 * {@code years} years over the county's agencies, with findings, numbered 监督意见书, the agencies' answers,
 * acceptances (most on time), escalations and clues to the discipline body. Deterministic for a seed and the day.
 */
@Service
public class RoundGeneration {

    /** What was generated for one county. */
    public record County(long rounds, long findings, long opinions, long escalations, long clues, long millis) {
    }

    private final CountyRounds rounds;

    RoundGeneration(CountyRounds rounds) {
        this.rounds = rounds;
    }

    /** Refuses (does nothing for) a county that has rounds already: a county is generated whole or not at all. */
    public County generateCounty(RegionCode county, int years, long seed) {
        long started = System.nanoTime();
        CountyRounds.Written w = rounds.generate(county, years, seed);
        return new County(w.rounds(), w.findings(), w.opinions(), w.escalations(), w.clues(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public boolean hasRounds(RegionCode county) {
        return rounds.hasAny(county);
    }
}
