package org.fazhi.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.governance.ledger.GeneratedLedgers;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * A generated county's ledgers for province-scale datasets: entries of every shipped ledger type over the years
 * before today, in the usual yearly volumes (600 mediation cases, 730 hotline tickets, ...), spread over the county's
 * agencies, and the agencies' legal advisers (most agencies covered). Skipped for a county that has entries
 * already. Deterministic for a seed.
 */
@Service
public class LedgerGeneration {

    /** What was written for one county. */
    public record County(long entries, long millis) {
    }

    private final GeneratedLedgers ledgers;
    private final AgencyDirectory agencies;
    private final Clock clock;

    LedgerGeneration(GeneratedLedgers ledgers, AgencyDirectory agencies, Clock clock) {
        this.ledgers = ledgers;
        this.agencies = agencies;
        this.clock = clock;
    }

    public boolean hasEntries(RegionCode county) {
        return ledgers.hasEntries(county);
    }

    /** {@code years} years of entries ending with the current one. */
    public County generateCounty(RegionCode county, int years, long seed) {
        return generate(county, years, 0, seed);
    }

    /** The same with {@code perTypeAndYear} entries of every type each year (benchmarks). */
    public County generate(RegionCode county, int years, int perTypeAndYear, long seed) {
        long started = System.nanoTime();
        DataScope scope = DataScope.ofRegion(county.county());
        Set<Long> townshipTeams = agencies.townshipTeams(scope).stream().map(AgencyOptions.Option::id)
                .collect(Collectors.toSet());
        int firstYear = LocalDate.now(clock).getYear() - years + 1;
        long entries = ledgers.generate(county, firstYear, years, perTypeAndYear, agencies.within(scope),
                townshipTeams, (int) Math.floorMod(seed, 997L));
        return new County(entries, (System.nanoTime() - started) / 1_000_000);
    }
}
