package org.fazhi.entities.demo;

import org.fazhi.entities.PartyGeneration;
import org.fazhi.platform.DemoMode;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo county's regulated parties: generated once, after its townships exist (the registry's demo, order 20). */
@Component
@Order(29)
class DemoParties implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoParties.class);

    private final DemoMode demoMode;
    private final PartyGeneration generation;
    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final RegionCode county;
    private final int count;
    private final long seed;

    DemoParties(DemoMode demoMode, PartyGeneration generation, JdbcClient jdbc, RegionDirectory regions,
                @Value("${fazhi.region-code}") String county, @Value("${fazhi.demo.parties:3000}") int count,
                @Value("${fazhi.demo.seed:20261123}") long seed) {
        this.demoMode = demoMode;
        this.generation = generation;
        this.jdbc = jdbc;
        this.regions = regions;
        this.county = RegionCode.of(county);
        this.count = count;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean none = jdbc.sql("select not exists (select 1 from entities.party where region_code like ?)")
                .param(county.value() + "%").query(Boolean.class).single();
        if (demoMode.isEnabled() && !none) {
            generation.placeIfUnplaced(county);
        }
        if (!demoMode.isEnabled() || !none || regions.find(county).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        PartyGeneration.Generated generated = generation.generate(county, count, seed);
        log.info("演示县行政相对人已生成 {} 个，用时 {} ms", generated.inserted(), (System.nanoTime() - started) / 1_000_000);
    }
}
