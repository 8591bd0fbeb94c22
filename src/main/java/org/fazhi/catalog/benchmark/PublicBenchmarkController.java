package org.fazhi.catalog.benchmark;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.catalog.scope.AgencyNames;
import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's page of discretion benchmarks (行政处罚法第三十四条): published ones of items in force, no login. */
@Controller
class PublicBenchmarkController {

    private final BenchmarkRepository benchmarks;
    private final AgencyNames agencyNames;
    private final RegionCode county;
    private final Clock clock;

    PublicBenchmarkController(BenchmarkRepository benchmarks, AgencyNames agencyNames,
                              @Value("${fazhi.region-code}") String county, Clock clock) {
        this.benchmarks = benchmarks;
        this.agencyNames = agencyNames;
        this.county = RegionCode.of(county);
        this.clock = clock;
    }

    @GetMapping("/public/catalog/benchmarks")
    String benchmarks(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("benchmarks", benchmarks.publishedInForce(county, today));
        model.addAttribute("agencyNames", agencyNames.within(DataScope.ofRegion(county)));
        return "catalog/public-benchmarks";
    }
}
