package org.fazhi.catalog.item;

import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The county's enforcement-item list on the disclosure portal (公示), open to everyone: only the versions in force
 * today, with their legal bases; never history, future versions or anything of another county.
 */
@Controller
class PublicItemController {

    private final EnforcementItems items;
    private final AgencyDirectory agencies;
    private final RegionCode county;

    PublicItemController(EnforcementItems items, AgencyDirectory agencies,
                         @Value("${fazhi.region-code}") String county) {
        this.items = items;
        this.agencies = agencies;
        this.county = RegionCode.of(county);
    }

    @GetMapping("/public/catalog/items")
    String list(@RequestParam(required = false) @Nullable String text,
                @RequestParam(required = false) @Nullable Long agency,
                @RequestParam(required = false) @Nullable ItemCategory category,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        ItemRepository.Search search = new ItemRepository.Search(text, agency, category, null, items.today(), false);
        Map<Long, String> names = agencies.within(DataScope.ofRegion(county)).stream()
                .collect(Collectors.toMap(Option::id, Option::name, (a, b) -> a));
        model.addAttribute("search", search);
        model.addAttribute("agencies", agencies.within(DataScope.ofRegion(county)));
        model.addAttribute("agencyNames", names);
        model.addAttribute("categories", ItemCategory.values());
        model.addAttribute("today", items.today());
        model.addAttribute("page", items.inForceToday(county, search, PageRequest.of(page, null)));
        return "catalog/public-items";
    }
}
