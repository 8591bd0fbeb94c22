package org.fazhi.inspection.generation;

import org.fazhi.inspection.InspectionGeneration;
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

/**
 * The demo county's inspection history (by default two years of about 300 tasks), so that the plans, tasks and
 * dashboards have something to show on the first start: generated once, after the county, its item lists, its
 * parties and the demo accounts exist (orders 20 to 30).
 */
@Component
@Order(35)
class DemoInspections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

    private final DemoMode demoMode;
    private final InspectionGeneration generation;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;
    private final RegionCode county;
    private final int perYear;
    private final int years;
    private final long seed;

    DemoInspections(DemoMode demoMode, InspectionGeneration generation, RegionDirectory regions, JdbcClient jdbc,
                    @Value("${fazhi.region-code}") String county,
                    @Value("${fazhi.demo.inspections-per-year:300}") int perYear,
                    @Value("${fazhi.demo.inspection-years:2}") int years,
                    @Value("${fazhi.demo.seed:20261123}") long seed) {
        this.demoMode = demoMode;
        this.generation = generation;
        this.regions = regions;
        this.jdbc = jdbc;
        this.county = RegionCode.of(county);
        this.perYear = perYear;
        this.years = years;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || perYear <= 0 || regions.find(county).isEmpty()
                || generation.hasInspections(county)) {
            return;
        }
        long started = System.nanoTime();
        // The demo county was bulk-loaded a moment ago and the planner has no statistics for it yet: without them
        // the fifty-odd certified-roster queries take about 3 s instead of 0.2 s.
        jdbc.sql("analyze").update();
        InspectionGeneration.County made = generation.generateCounty(county, perYear, years, seed);
        log.info("演示县检查数据已生成：检查计划 {}，检查任务 {}，扫码 {}，企业评价 {}，非执法入企 {}，检查表单记录 {}，用时 {} ms",
                made.plans(), made.tasks(), made.scans(), made.ratings(), made.otherVisits(), made.checkRecords(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
