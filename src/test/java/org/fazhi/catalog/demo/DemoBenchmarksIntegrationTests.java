package org.fazhi.catalog.demo;

import java.util.Random;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.TierSummary;
import org.fazhi.catalog.benchmark.BenchmarkForm;
import org.fazhi.catalog.benchmark.Benchmarks;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.admin;

/** The demo's benchmarks pass every check a user's would, whatever the seed draws. */
@FazhiIntegrationTest
class DemoBenchmarksIntegrationTests {

    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;
    @Autowired Benchmarks benchmarks;
    @Autowired PenaltyBenchmarks checks;

    @Test
    void demoBenchmarksHaveFourTiersRisingFromAWarning() {
        Agency agency = registry.agency("演示基准局");
        Random random = new Random(20261123);
        for (int i = 0; i < 6; i++) {
            ItemRef item = catalog.penaltyItem(agency);
            BenchmarkForm form = DemoBenchmarks.benchmark(random, item);
            benchmarks.publish(admin(), benchmarks.create(admin(), form).id());
            assertThat(checks.tiers(item.id())).extracting(TierSummary::name).containsExactly("轻微", "一般", "较重", "严重");
            assertThat(checks.tiers(item.id()).get(0).kinds()).containsExactly(PenaltyKind.WARNING);
        }
    }
}
