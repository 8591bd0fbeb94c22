package org.fazhi.inspection;

import java.util.List;

import org.fazhi.inspection.generation.CountyInspections;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Generated inspection history for province-scale datasets and the demo county: for each of the last years, the
 * county's annual plans published and drawn through the real draw engine (verifiable like any draw), the draws'
 * tasks and the 个案、专项 tasks around them with approvals, visit-code scans, results (with their forms, 检查表单),
 * enterprise ratings and complaints, and non-enforcement visits. Written in bulk; deterministic for a seed (and the day it runs).
 */
@Service
public class InspectionGeneration {

    /** What was generated for one county, by table. */
    public record County(int plans, long tasks, long inspectors, long approvals, long scans, long ratings,
                         long complaints, long otherVisits, long checkRecords) {
    }

    private final CountyInspections inspections;

    InspectionGeneration(CountyInspections inspections) {
        this.inspections = inspections;
    }

    /**
     * About {@code inspectionsPerYear} tasks in each of the last {@code years} calendar years, the current one up to
     * yesterday, from the county's registry, catalog and parties as they are. Refuses a county that already has
     * plans or tasks; a county is generated whole or not at all.
     */
    public County generateCounty(RegionCode county, int inspectionsPerYear, int years, long seed) {
        return generateCounty(county, inspectionsPerYear, years, seed, true);
    }

    /**
     * The same, choosing whether concluded tasks record their forms (检查表单): about one record per check point of
     * their items, several times the number of tasks.
     */
    public County generateCounty(RegionCode county, int inspectionsPerYear, int years, long seed,
                                 boolean checkRecords) {
        return inspections.generate(county, inspectionsPerYear, years, seed, checkRecords);
    }

    /**
     * The county's inspections that concluded "case to be filed", each as it was announced, oldest first: what
     * casework's generator turns into the cases they led to.
     */
    public List<InspectionConcluded> casesToFile(RegionCode county) {
        return inspections.casesToFile(county);
    }

    /** Whether the county has any plan or task: a generator resuming a province skips those that have. */
    public boolean hasInspections(RegionCode county) {
        return inspections.hasAny(county);
    }
}
