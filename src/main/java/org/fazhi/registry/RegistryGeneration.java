package org.fazhi.registry;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.registry.demo.ProvinceCounty;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/** Generated registry data for province-scale datasets: one county's townships, agencies, officers, certificates. */
@Service
public class RegistryGeneration {

    /** What was generated for one county. */
    public record County(RegionCode code, String name, int townships, int agencies, int officers, int certificates) {
    }

    private final ProvinceCounty counties;
    private final Clock clock;

    RegistryGeneration(ProvinceCounty counties, Clock clock) {
        this.counties = counties;
        this.clock = clock;
    }

    public County generateCounty(RegionCode county, int officers, long seed) {
        int[] counts = counties.generate(county, officers, seed, LocalDate.now(clock));
        return new County(county, ProvinceCounty.nameOf(county), counts[0], counts[1], counts[2], counts[3]);
    }
}
