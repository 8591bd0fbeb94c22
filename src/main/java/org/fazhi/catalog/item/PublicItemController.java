package org.fazhi.catalog.item;

import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.checklist.CheckPointRepository;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The county's enforcement-item list on the disclosure portal (公示), open to everyone: only the versions in force
 * today, with their legal bases and an inspection item's checklist (检查表单, what an inspector will check); never
 * history, future versions or anything of another county.
 */
@Controller
class PublicItemController {

    private final EnforcementItems items;
    private final ItemRepository repository;
    private final CheckPointRepository checkPoints;
    private final AgencyDirectory agencies;
    private final RegionCode county;

    PublicItemController(EnforcementItems items, ItemRepository repository, CheckPointRepository checkPoints,
                         AgencyDirectory agencies, @Value("${fazhi.region-code}") String county) {
        this.items = items;
        this.repository = repository;
        this.checkPoints = checkPoints;
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

    /** One item in force today on the county's list; anything else answers 404, as if it did not exist. */
    @GetMapping("/public/catalog/items/{id}")
    String item(@PathVariable long id, Model model) {
        EnforcementItem item = repository.find(id)
                .filter(found -> found.region().equals(county) && found.isInForceOn(items.today()))
                .orElseThrow(() -> new NotFound(EnforcementItems.RECORD_TYPE, id));
        model.addAttribute("item", item);
        model.addAttribute("agencyName", agencies.within(DataScope.ofRegion(county)).stream()
                .filter(agency -> agency.id() == item.agencyId()).map(Option::name).findFirst().orElse(""));
        model.addAttribute("checkPoints", checkPoints.ofItem(id));
        return "catalog/public-item";
    }
}
