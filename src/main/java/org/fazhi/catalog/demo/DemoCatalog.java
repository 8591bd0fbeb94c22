package org.fazhi.catalog.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.item.Delegation;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemForm;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start in demo mode, after the demo county's agencies exist, files each county department's
 * enforcement items (about 330, some 30% 涉企) through the same service the pages use: the 2024 list, a few items
 * whose 2021 version it replaced, two items withdrawn in 2020, and 004's township delegations (61 items to 镇、乡 in
 * 5 domains, 45 of them also to 街道 in 4 domains, from 5 departments), and the inspection items' checklists
 * ({@link DemoChecklists}). Quoted texts are paraphrases for the demo.
 * Deterministic for a seed.
 */
@Component
@Order(DemoCatalog.ORDER)
public class DemoCatalog implements ApplicationRunner {

    /** After the demo county (20), before the demo accounts (30). */
    static final int ORDER = 25;
    static final LocalDate CURRENT_LIST = LocalDate.of(2024, 1, 1);
    static final LocalDate PREVIOUS_LIST = LocalDate.of(2021, 1, 1);
    static final LocalDate DELEGATED_ON = LocalDate.of(2024, 3, 1);
    private static final LocalDate WITHDRAWN_FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate WITHDRAWN_AFTER = LocalDate.of(2020, 12, 31);
    private static final Map<ItemCategory, String> CODE_PREFIXES = Map.of(ItemCategory.PENALTY, "CF",
            ItemCategory.COMPULSION, "QZ", ItemCategory.INSPECTION, "JC", ItemCategory.LICENSING, "XK",
            ItemCategory.LEVY, "ZS", ItemCategory.PAYMENT, "JF", ItemCategory.CONFIRMATION, "QR",
            ItemCategory.REWARD, "JL", ItemCategory.ADJUDICATION, "CJ", ItemCategory.OTHER, "QT");
    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final DemoMode demoMode;
    private final EnforcementItems items;
    private final DemoChecklists checklists;
    private final ItemRepository repository;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;
    private final RegionCode county;
    private final long seed;

    DemoCatalog(DemoMode demoMode, EnforcementItems items, DemoChecklists checklists, ItemRepository repository,
                AgencyDirectory agencies, TransactionTemplate transaction, @Value("${fazhi.region-code}") String county,
                @Value("${fazhi.demo.seed:20261123}") long seed) {
        this.demoMode = demoMode;
        this.items = items;
        this.checklists = checklists;
        this.repository = repository;
        this.agencies = agencies;
        this.transaction = transaction;
        this.county = RegionCode.of(county);
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || !repository.isEmpty(county)) {
            return;
        }
        Map<String, Long> departments = agencies.countyDepartments(DataScope.ofRegion(county)).stream()
                .collect(Collectors.toMap(Option::name, Option::id, (a, b) -> a));
        if (departments.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> load(county, "郏县", departments, new Random(seed), Integer.MAX_VALUE));
        log.info("演示县执法事项清单已生成，用时 {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Files a county's items from the demo book: the book names 郏县's departments, another county's departments
     * carry its own name instead. At most {@code maxItems} items, taken department by department.
     *
     * @return how many items were filed
     */
    public int fileCounty(RegionCode county, String countyName, int maxItems, long seed) {
        Map<String, Long> departments = agencies.countyDepartments(DataScope.ofRegion(county)).stream()
                .collect(Collectors.toMap(Option::name, Option::id, (a, b) -> a));
        Integer filed = transaction.execute(status -> load(county, countyName, departments, new Random(seed), maxItems));
        return filed == null ? 0 : filed;
    }

    private int load(RegionCode county, String countyName, Map<String, Long> departments, Random random, int maxItems) {
        SignedInUser system = system(county);
        List<DemoItemBook.Department> book = DemoItemBook.read();
        int filed = 0;
        for (int d = 0; d < book.size() && filed < maxItems; d++) {
            DemoItemBook.Department department = book.get(d);
            Long agencyId = departments.get(department.name().replace("郏县", countyName));
            if (agencyId == null) {
                continue;
            }
            for (int e = 0; e < department.entries().size() && filed < maxItems; e++, filed++) {
                DemoItemBook.Entry entry = department.entries().get(e);
                String code = "%s-%02d-%03d".formatted(CODE_PREFIXES.get(entry.category()), d + 1, e + 1);
                boolean enterprise = random.nextInt(100) < enterpriseShare(entry.category());
                file(system, agencyId, code, entry, department.domain(), enterprise);
            }
        }
        return filed;
    }

    static SignedInUser system(RegionCode county) {
        return new SignedInUser(0, "system", "演示数据", Role.ADMIN, county, null, null, true, false, false, null);
    }

    private void file(SignedInUser system, long agencyId, String code, DemoItemBook.Entry entry,
                      @Nullable String domain, boolean enterprise) {
        if (entry.isWithdrawn()) {
            items.create(system, form(agencyId, code, entry, enterprise, WITHDRAWN_FROM, WITHDRAWN_AFTER, true,
                    List.of(), 0));
            return;
        }
        List<ItemForm.DelegationRow> delegations = delegations(agencyId, entry, domain);
        if (entry.hasEarlierVersion()) {
            // The 2021 list cited the article without its words; the 2024 list quotes them and adds delegations.
            EnforcementItem earlier = items.create(system, form(agencyId, code, entry, enterprise, PREVIOUS_LIST,
                    null, false, List.of(), 0));
            int version = checklists.file(system, earlier, entry, false);
            EnforcementItem current = items.revise(system, earlier.id(), form(agencyId, code, entry, enterprise,
                    CURRENT_LIST, null, true, delegations, version));
            checklists.file(system, current, entry, true);
        } else {
            EnforcementItem current = items.create(system, form(agencyId, code, entry, enterprise, CURRENT_LIST, null,
                    true, delegations, 0));
            checklists.file(system, current, entry, true);
        }
    }

    /** The entry's delegations on the 2024 list (赋权), by the department that holds the item. */
    static List<ItemForm.DelegationRow> delegations(long agencyId, DemoItemBook.Entry entry, @Nullable String domain) {
        List<ItemForm.DelegationRow> delegations = new ArrayList<>();
        if (entry.delegatedToTownships()) {
            delegations.add(new ItemForm.DelegationRow(Delegation.Receiver.TOWNSHIPS, null, agencyId, domain, DELEGATED_ON));
        }
        if (entry.delegatedToSubdistricts()) {
            delegations.add(new ItemForm.DelegationRow(Delegation.Receiver.SUBDISTRICTS, null, agencyId, domain,
                    DELEGATED_ON));
        }
        return delegations;
    }

    static ItemForm form(long agencyId, String code, DemoItemBook.Entry entry, boolean enterprise,
                                 LocalDate from, @Nullable LocalDate to, boolean quoted,
                                 List<ItemForm.DelegationRow> delegations, int version) {
        List<ItemForm.BasisRow> bases = new ArrayList<>();
        for (int i = 0; i < entry.bases().size(); i++) {
            String[] basis = entry.bases().get(i);
            bases.add(new ItemForm.BasisRow(basis[0], basis[1], quoted && i == 0 ? quote(entry, basis[0]) : null));
        }
        return new ItemForm(agencyId, code, entry.name(), entry.category(), enterprise, from, to, bases, delegations,
                version);
    }

    /** A plausible paraphrase of the provision, for the demo only. */
    private static String quote(DemoItemBook.Entry entry, String law) {
        String self = law.contains("办法") ? "本办法" : law.endsWith("法") ? "本法" : law.contains("条例") ? "本条例"
                : law.endsWith("细则") ? "本细则" : "本规定";
        switch (entry.category()) {
            case PENALTY:
                return "违反" + self + "规定，" + entry.subject() + "的，由县级以上人民政府有关主管部门责令改正，"
                        + "没收违法所得，并处罚款；情节严重的，依法从重处罚。";
            case INSPECTION:
                return "县级以上人民政府有关主管部门依照" + self + "规定履行监督检查职责，有权进入现场检查，"
                        + "查阅、复制有关资料。";
            case COMPULSION:
                return "有证据证明存在违反" + self + "规定的行为的，可以依法" + entry.subject() + "。";
            default:
                return "依照" + self + "规定办理" + entry.subject() + "。";
        }
    }

    /** Share (in %) of items that concern enterprises, by category: about 30% over the whole list. */
    private static int enterpriseShare(ItemCategory category) {
        switch (category) {
            case PENALTY: return 38;
            case INSPECTION: return 50;
            case COMPULSION: return 35;
            case LICENSING: return 40;
            default: return 5;
        }
    }
}
