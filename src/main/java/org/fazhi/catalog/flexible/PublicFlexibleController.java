package org.fazhi.catalog.flexible;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's page of flexible-enforcement lists: entries in force today, grouped by list, no login. */
@Controller
class PublicFlexibleController {

    private final FlexibleEntryRepository entries;
    private final RegionCode county;
    private final Clock clock;

    PublicFlexibleController(FlexibleEntryRepository entries, @Value("${fazhi.region-code}") String county,
                             Clock clock) {
        this.entries = entries;
        this.county = RegionCode.of(county);
        this.clock = clock;
    }

    @GetMapping("/public/catalog/flexible")
    String lists(Model model) {
        Map<FlexibleListKind, List<FlexibleEntry>> lists = new LinkedHashMap<>();
        for (FlexibleListKind kind : FlexibleListKind.values()) {
            lists.put(kind, new ArrayList<>());
        }
        entries.publicInForce(county, LocalDate.now(clock)).forEach(entry -> lists.get(entry.listKind()).add(entry));
        model.addAttribute("lists", lists);
        model.addAttribute("nothing", lists.values().stream().allMatch(List::isEmpty));
        return "catalog/public-flexible";
    }
}
