package org.fazhi.catalog.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.checklist.CheckPointRepository;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemHistory;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inspection items (行政检查) of a generated county, on the 2021 list as well as the 2024 one, so that years of
 * generated inspections can cite items in force at the time (清单之外无检查). A generated county files at most its
 * item budget department by department, which leaves later departments without any item, and the book has a 2021
 * version of only a few items; this files every county department's inspection items from the book and gives each
 * a 2021 version, each with its checklist. Idempotent: what is already on the lists stays as it is.
 */
@Component
public class InspectionLists {

    private final EnforcementItems items;
    private final DemoChecklists checklists;
    private final ItemRepository repository;
    private final CheckPointRepository checkPoints;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;

    InspectionLists(EnforcementItems items, DemoChecklists checklists, ItemRepository repository,
                    CheckPointRepository checkPoints, AgencyDirectory agencies, TransactionTemplate transaction) {
        this.items = items;
        this.checklists = checklists;
        this.checkPoints = checkPoints;
        this.repository = repository;
        this.agencies = agencies;
        this.transaction = transaction;
    }

    /** @return how many item versions were filed */
    public int fileCounty(RegionCode county, String countyName, long seed) {
        Map<String, Long> departments = agencies.countyDepartments(DataScope.ofRegion(county)).stream()
                .collect(Collectors.toMap(Option::name, Option::id, (a, b) -> a));
        Integer filed = transaction.execute(status -> file(county, countyName, departments, new Random(seed)));
        return filed == null ? 0 : filed;
    }

    private int file(RegionCode county, String countyName, Map<String, Long> departments, Random random) {
        SignedInUser system = DemoCatalog.system(county);
        List<DemoItemBook.Department> book = DemoItemBook.read();
        int filed = 0;
        for (int d = 0; d < book.size(); d++) {
            Long agencyId = departments.get(book.get(d).name().replace("郏县", countyName));
            List<DemoItemBook.Entry> entries = book.get(d).entries();
            for (int e = 0; e < entries.size(); e++) {
                DemoItemBook.Entry entry = entries.get(e);
                if (agencyId == null || entry.category() != ItemCategory.INSPECTION || entry.isWithdrawn()) {
                    continue;
                }
                boolean enterprise = random.nextInt(100) < 50;
                String code = "JC-%02d-%03d".formatted(d + 1, e + 1);
                filed += file(system, county, agencyId, code, entry, book.get(d).domain(), enterprise);
            }
        }
        return filed;
    }

    private int file(SignedInUser system, RegionCode county, long agencyId, String code, DemoItemBook.Entry entry,
                     @Nullable String domain, boolean enterprise) {
        ItemHistory history = repository.history(county, code);
        if (history.versions().isEmpty()) {
            EnforcementItem earlier = items.create(system, DemoCatalog.form(agencyId, code, entry, enterprise,
                    DemoCatalog.PREVIOUS_LIST, null, false, List.of(), 0));
            int version = checklists.file(system, earlier, entry, false);
            EnforcementItem current = items.revise(system, earlier.id(), DemoCatalog.form(agencyId, code, entry,
                    enterprise, DemoCatalog.CURRENT_LIST, null, true, DemoCatalog.delegations(agencyId, entry, domain),
                    version));
            checklists.file(system, current, entry, true);
            return 2;
        }
        EnforcementItem first = history.versions().get(0);
        if (!first.effectiveFrom().isAfter(DemoCatalog.PREVIOUS_LIST)) {
            return 0;
        }
        EnforcementItem earlier = items.create(system, DemoCatalog.form(first.agencyId(), code, entry,
                first.enterpriseRelated(), DemoCatalog.PREVIOUS_LIST, first.effectiveFrom().minusDays(1), false,
                List.of(), 0));
        // Filed after the fact, this earlier version has already ended: the checklist service would rightly
        // refuse to change it, so it is given its successor's checklist as the county's 2021 list had it.
        checkPoints.copy(first.id(), earlier.id());
        return 1;
    }
}
