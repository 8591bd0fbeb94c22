package org.fazhi.generator;

import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * A small county made by the modules' generators, as the province generator makes one before its supervision step:
 * registry, catalog with its inspection lists, parties, inspections and penalty cases. For tests that need a
 * county of realistic records.
 */
@Component
public class GeneratedCounties {

    /** How much of each: officers, enforcement items, parties, inspections and cases a year, over how many years. */
    public record Sizes(int officers, int items, int parties, int inspectionsPerYear, int casesPerYear, int years) {
    }

    private final RegistryGeneration registry;
    private final CatalogGeneration catalog;
    private final PartyGeneration parties;
    private final InspectionGeneration inspections;
    private final CaseGeneration cases;

    GeneratedCounties(RegistryGeneration registry, CatalogGeneration catalog, PartyGeneration parties,
                      InspectionGeneration inspections, CaseGeneration cases) {
        this.registry = registry;
        this.catalog = catalog;
        this.parties = parties;
        this.inspections = inspections;
        this.cases = cases;
    }

    public RegistryGeneration.County generate(RegionCode county, Sizes sizes, long seed) {
        RegistryGeneration.County made = registry.generateCounty(county, sizes.officers(), seed);
        catalog.generateCounty(county, made.name(), sizes.items(), seed);
        catalog.fileInspectionLists(county, made.name(), seed);
        parties.generate(county, sizes.parties(), seed);
        inspections.generateCounty(county, sizes.inspectionsPerYear(), sizes.years(), seed, false);
        cases.generateCounty(county, sizes.casesPerYear(), sizes.years(), seed);
        return made;
    }
}
