package org.fazhi.generator;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disclosure.PublicationGeneration;
import org.fazhi.disputes.ReconsiderationGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.SupervisionGeneration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The province generator at a tiny scale: what CI runs so the command keeps working. */
@FazhiIntegrationTest
class ProvinceGeneratorIntegrationTests {

    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired InspectionGeneration inspections;
    @Autowired CaseGeneration cases;
    @Autowired PublicationGeneration publications;
    @Autowired SupervisionGeneration supervision;
    @Autowired ReconsiderationGeneration reconsiderations;
    @Autowired RegionDirectory regions;
    @Autowired JdbcClient jdbc;
    @Autowired ConfigurableApplicationContext context;
    @Autowired org.fazhi.governance.LedgerGeneration ledgers;
    @Autowired org.fazhi.disputes.LitigationGeneration litigation;
    @Autowired org.fazhi.governance.GovernanceGeneration governance;
    @Autowired GeneratedInspections generated;

    @Test
    void generatesEachCountysRegistryPartiesInspectionsAndCasesAndOnlyCompletesCountiesAlreadyThere() {
        ProvinceGenerator generator = generator(new GeneratorProperties(2, 150, 120, 25, 40, 2, 30, 2, 8, 4, 7, true,
                false));
        generator.run(null);
        List<RegionCode> counties = ProvinceGenerator.counties(2);
        for (RegionCode county : counties) {
            assertThat(count("select count(*) from registry.region where code like ?", county)).isEqualTo(16);
            assertThat(count("select count(*) from registry.agency where region_code like ?", county)).isEqualTo(45);
            assertThat(count("select count(*) from registry.officer where region_code like ?", county)).isEqualTo(120);
            assertThat(count("select count(*) from entities.party where region_code like ?", county)).isEqualTo(150);
            assertThat(count("select count(distinct code) from catalog.item where region_code like ?"
                    + " and category <> 'INSPECTION'", county)).as("the item budget, less inspection items")
                    .isLessThanOrEqualTo(25);
            assertThat(count("""
                    select count(*) from registry.agency a where region_code like ? and kind = 'COUNTY_DEPARTMENT'
                       and not exists (select 1 from catalog.item i where i.agency_id = a.id
                                          and i.category = 'INSPECTION' and i.effective_from <= '2021-01-01')""",
                    county)).as("every department has inspection items since the 2021 list").isZero();
            assertThat(count("select count(*) from inspection.task where region_code like ?", county)).isPositive();
            assertThat(count("""
                    select count(*) from catalog.item i where region_code like ? and category = 'INSPECTION'
                       and not exists (select 1 from catalog.check_point p where p.item_id = i.id)""", county))
                    .as("every inspection item version has its checklist").isZero();
            assertThat(count("select count(*) from inspection.check_record where region_code like ?", county))
                    .as("concluded inspections recorded their forms").isPositive();
            assertThat(count("select count(*) from casework.penalty_case where region_code like ?"
                    + " and source_kind <> 'INSPECTION'", county)).as("cases besides the inspections'").isPositive();
            assertThat(count("select count(*) from disclosure.publication where region_code like ?", county))
                    .as("the decisions' publications").isPositive();
            assertThat(count("select count(*) from supervision.round where region_code like ?", county))
                    .as("the supervision step's rounds").isPositive();
            assertThat(count("select count(*) from supervision.alert where region_code like ? and raised_on < "
                    + "current_date - 1", county)).as("and its alerts' history").isPositive();
            assertThat(count("select count(*) from disputes.reconsideration where region_code like ?", county))
                    .as("its reconsideration cases").isPositive();
            assertThat(count("select count(*) from disputes.lawsuit where region_code like ?", county))
                    .as("its lawsuits").isPositive();
            assertThat(count("select count(*) from governance.normative_document where region_code like ?", county))
                    .as("its normative documents").isPositive();
            assertThat(count("select count(*) from governance.major_decision where region_code like ?", county))
                    .as("its major decisions").isPositive();
            assertThat(count("select count(distinct type_code) from governance.ledger_entry where region_code like ?"
                    + " and agency_id is not null and entry_date <= current_date", county))
                    .as("every shipped ledger, by the county's agencies").isEqualTo(17);
        }
        long cases = count("select count(*) from casework.penalty_case where region_code like ?", counties.get(0));
        long officers = count("select count(*) from registry.officer where region_code like ?", counties.get(0));
        long tasks = count("select count(*) from inspection.task where region_code like ?", counties.get(0));
        long published = count("select count(*) from disclosure.publication where region_code like ?",
                counties.get(0));
        generated.deleteInspections(counties.get(1)); // as generated before inspections existed
        jdbc.sql("delete from disclosure.feed_entry where region_code like ?").param(counties.get(1) + "%").update();
        jdbc.sql("delete from disclosure.publication where region_code like ?").param(counties.get(1) + "%")
                .update(); // as generated before disclosure existed

        generator.run(null);

        assertThat(count("select count(*) from registry.officer where region_code like ?", counties.get(0)))
                .as("a second run skips the counties already generated").isEqualTo(officers);
        assertThat(count("select count(*) from inspection.task where region_code like ?", counties.get(0)))
                .isEqualTo(tasks);
        assertThat(count("select count(*) from inspection.task where region_code like ?", counties.get(1)))
                .as("a county without inspections gets them").isPositive();
        assertThat(count("select count(*) from casework.penalty_case where region_code like ?", counties.get(0)))
                .as("nor are its cases generated twice").isEqualTo(cases);
        assertThat(count("select count(*) from disclosure.publication where region_code like ?", counties.get(0)))
                .as("nor its publications").isEqualTo(published);
        assertThat(count("select count(*) from disclosure.publication where region_code like ?", counties.get(1)))
                .as("a county with cases but no publications gets them").isPositive();
    }

    private ProvinceGenerator generator(GeneratorProperties properties) {
        return new ProvinceGenerator(properties, registry, catalog, parties, inspections, cases, publications, supervision,
                reconsiderations, litigation, governance, ledgers, regions, jdbc, context);
    }

    private long count(String sql, RegionCode county) {
        return jdbc.sql(sql).param(county.value() + "%").query(Long.class).single();
    }
}
