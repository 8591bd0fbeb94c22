package org.fazhi.catalog.checklist;

import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inspection items in force today with the size of their checklists, so that a legal office sees which items
 * still lack one; the way in to the checklists' Excel import and export.
 */
@Controller
class ChecklistListController {

    private final EnforcementItems items;
    private final CheckPointRepository repository;
    private final AgencyDirectory agencies;

    ChecklistListController(EnforcementItems items, CheckPointRepository repository, AgencyDirectory agencies) {
        this.items = items;
        this.repository = repository;
        this.agencies = agencies;
    }

    @GetMapping("/catalog/check-points")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String text,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        ItemRepository.Search search = new ItemRepository.Search(text, null, ItemCategory.INSPECTION, null, null,
                false).asOf(items.today());
        Page<EnforcementItem> found = items.search(user, search, PageRequest.of(page, null));
        model.addAttribute("search", search);
        model.addAttribute("page", found);
        model.addAttribute("counts", repository.counts(found.items().stream().map(EnforcementItem::id).toList()));
        model.addAttribute("agencyNames", agencyNames(user));
        model.addAttribute("canImport", items.mayCreate(user));
        return "catalog/check-points";
    }

    private Map<Long, String> agencyNames(SignedInUser user) {
        return agencies.within(DataScope.ofRegion(user.region().county())).stream()
                .collect(Collectors.toMap(Option::id, Option::name, (a, b) -> a));
    }
}
