package org.fazhi.generator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What to generate: {@code --fazhi.generate.counties=100} turns the generator on. The defaults give the issue's
 * benchmark scale per county: 100 counties × (20,000 parties, 1,000 officers, 200 items, 5 years × 6,000
 * inspections, 5 years × 3,000 cases), 3,000,000 inspections and 1,500,000 cases in all.
 *
 * @param inspectionsPerYear inspection tasks per county and year; 0 generates none
 * @param inspectionYears    how many calendar years of inspections, ending with the current one
 * @param casesPerYear       penalty cases per county and year (with the inspections' case-to-file results among
 *                           them); 0 generates none
 * @param caseYears          how many calendar years of cases, ending with the current one
 * @param lawsuitsPerYear   first-instance administrative lawsuits per county and year (with their appeals, a few
 *                           suggestions and two 府院联动 meetings a year), over the cases' years; 0 generates none
 * @param normativeDocumentsPerYear normative documents per county and year, with a clean-up campaign each autumn and
 *                           about three major decisions for every five documents, over the cases' years; 0
 *                           generates none
 * @param checkRecords       concluded inspections record their forms (检查表单): about 7 records per inspection,
 *                           twice the rest of the inspection schema; off by default (README, generated data)
 * @param exit               stop the application when done (the generator is a command, not a service)
 */
@ConfigurationProperties("fazhi.generate")
record GeneratorProperties(
        @DefaultValue("0") int counties,
        @DefaultValue("20000") int partiesPerCounty,
        @DefaultValue("1000") int officersPerCounty,
        @DefaultValue("200") int itemsPerCounty,
        @DefaultValue("6000") int inspectionsPerYear,
        @DefaultValue("5") int inspectionYears,
        @DefaultValue("3000") int casesPerYear,
        @DefaultValue("5") int caseYears,
        @DefaultValue("40") int lawsuitsPerYear,
        @DefaultValue("10") int normativeDocumentsPerYear,
        @DefaultValue("42") long seed,
        @DefaultValue("false") boolean checkRecords,
        @DefaultValue("true") boolean exit) {
}
