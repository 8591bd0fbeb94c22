package org.fazhi.catalog;

import org.fazhi.catalog.demo.DemoBenchmarks;
import org.fazhi.catalog.demo.DemoCatalog;
import org.fazhi.catalog.demo.InspectionLists;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Generated catalog data for province-scale datasets: a county's enforcement items (from the demo item book, for
 * the county departments the registry generated) and, for about a third of its penalty items, published
 * discretion benchmarks with flexible-list entries. Through the catalog's own services, so every rule applies.
 */
@Service
public class CatalogGeneration {

    /** What was generated for one county. */
    public record County(int items, int benchmarks) {
    }

    private final DemoCatalog items;
    private final DemoBenchmarks benchmarks;
    private final InspectionLists inspectionLists;

    CatalogGeneration(DemoCatalog items, DemoBenchmarks benchmarks, InspectionLists inspectionLists) {
        this.items = items;
        this.benchmarks = benchmarks;
        this.inspectionLists = inspectionLists;
    }

    public County generateCounty(RegionCode county, String countyName, int maxItems, long seed) {
        int filed = items.fileCounty(county, countyName, maxItems, seed);
        return new County(filed, filed == 0 ? 0 : benchmarks.benchmarkCounty(county, seed));
    }

    /**
     * Puts every county department's inspection items on the county's 2021 and 2024 lists (those a generated
     * county lacks), so that generated inspections of past years cite items in force then. Safe to repeat.
     *
     * @return how many item versions were filed
     */
    public int fileInspectionLists(RegionCode county, String countyName, long seed) {
        return inspectionLists.fileCounty(county, countyName, seed);
    }
}
