package org.fazhi.generator;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The province generator at a tiny scale: what CI runs so the command keeps working. */
@FazhiIntegrationTest
class ProvinceGeneratorIntegrationTests {

    @Autowired RegistryGeneration registry;
    @Autowired org.fazhi.catalog.CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired RegionDirectory regions;
    @Autowired JdbcClient jdbc;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void generatesEachCountysRegistryAndPartiesAndSkipsCountiesAlreadyThere() throws Exception {
        ProvinceGenerator generator = new ProvinceGenerator(new GeneratorProperties(2, 150, 40, 25, 7, false), registry,
                catalog, parties, regions, jdbc, context);
        generator.run(null);
        List<RegionCode> counties = ProvinceGenerator.counties(2);
        for (RegionCode county : counties) {
            assertThat(count("select count(*) from registry.region where code like ?", county)).isEqualTo(16);
            assertThat(count("select count(*) from registry.agency where region_code like ?", county)).isEqualTo(45);
            assertThat(count("select count(*) from registry.officer where region_code like ?", county)).isBetween(40L, 200L);
            assertThat(count("select count(*) from entities.party where region_code like ?", county)).isEqualTo(150);
            assertThat(count("select count(distinct code) from catalog.item where region_code like ?", county))
                    .as("items, whatever their versions").isEqualTo(25);
        }
        long officers = count("select count(*) from registry.officer where region_code like ?", counties.get(0));
        generator.run(null);
        assertThat(count("select count(*) from registry.officer where region_code like ?", counties.get(0)))
                .as("a second run skips the counties already generated").isEqualTo(officers);
    }

    private long count(String sql, RegionCode county) {
        return jdbc.sql(sql).param(county.value() + "%").query(Long.class).single();
    }
}
