package org.fazhi.generator;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code --fazhi.generate.counties=N}: generates N counties, one after another (each in its own transactions, so
 * an interrupted run keeps the counties already done), prints what it made and how long it took, and exits.
 */
@Component
@Order(100)
class ProvinceGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProvinceGenerator.class);

    private final GeneratorProperties properties;
    private final RegistryGeneration registry;
    private final CatalogGeneration catalog;
    private final PartyGeneration parties;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;
    private final ConfigurableApplicationContext context;

    ProvinceGenerator(GeneratorProperties properties, RegistryGeneration registry, CatalogGeneration catalog,
                      PartyGeneration parties,
                      RegionDirectory regions, JdbcClient jdbc, ConfigurableApplicationContext context) {
        this.properties = properties;
        this.registry = registry;
        this.catalog = catalog;
        this.parties = parties;
        this.regions = regions;
        this.jdbc = jdbc;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.counties() <= 0) {
            return;
        }
        long started = System.nanoTime();
        long[] totals = new long[6];
        for (RegionCode county : counties(properties.counties())) {
            if (regions.find(county).isPresent()) {
                log.info("县 {} 已存在，跳过", county);
                continue;
            }
            long countyStarted = System.nanoTime();
            long seed = properties.seed() * 1_000_003L + Long.parseLong(county.value());
            RegistryGeneration.County made = registry.generateCounty(county, properties.officersPerCounty(), seed);
            CatalogGeneration.County catalogued = catalog.generateCounty(county, made.name(),
                    properties.itemsPerCounty(), seed);
            PartyGeneration.Generated generated = parties.generate(county, properties.partiesPerCounty(), seed);
            totals[0] += made.agencies();
            totals[1] += made.officers();
            totals[2] += made.certificates();
            totals[3] += generated.inserted();
            totals[4] += catalogued.items();
            totals[5] += catalogued.benchmarks();
            log.info("已生成 {} {}：执法主体 {}，执法人员 {}，执法证 {}，执法事项 {}，裁量基准 {}，行政相对人 {}，用时 {} ms",
                    county, made.name(), made.agencies(), made.officers(), made.certificates(), catalogued.items(),
                    catalogued.benchmarks(), generated.inserted(), (System.nanoTime() - countyStarted) / 1_000_000);
        }
        jdbc.sql("vacuum analyze").update();
        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = String.format(
                "生成完成：%d 个县，执法主体 %d，执法人员 %d，执法证 %d，执法事项 %d，裁量基准 %d，行政相对人 %d，用时 %.1f 秒",
                properties.counties(), totals[0], totals[1], totals[2], totals[4], totals[5], totals[3], seconds);
        log.info(summary);
        System.out.println(summary);
        if (properties.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** County codes of a fictional province: prefectures 4101..4110, counties 51..60 in each (never a real seed county). */
    static List<RegionCode> counties(int count) {
        List<RegionCode> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(RegionCode.of(String.format("41%02d%02d", 1 + i / 10 % 99, 51 + i % 10)));
        }
        return codes;
    }
}
