package org.fazhi.catalog.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.benchmark.BenchmarkForm;
import org.fazhi.catalog.benchmark.BenchmarkForm.TierForm;
import org.fazhi.catalog.benchmark.BenchmarkRepository;
import org.fazhi.catalog.benchmark.Benchmarks;
import org.fazhi.catalog.flexible.FlexibleEntryForm;
import org.fazhi.catalog.flexible.FlexibleLists;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, once the demo items exist (they are made at order 25) and while no benchmark does, gives about a
 * third of the penalty items in force a published four-tier benchmark, and lists some items on the flexible
 * lists. Deterministic for a seed. Does nothing when there are no penalty items yet.
 */
@Component
@Order(27)
public class DemoBenchmarks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBenchmarks.class);
    private static final long[] MAX_FINES_YUAN = {10_000, 30_000, 50_000, 100_000, 200_000};

    private final DemoMode demoMode;
    private final ItemRefs items;
    private final BenchmarkRepository repository;
    private final Benchmarks benchmarks;
    private final FlexibleLists lists;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RegionCode county;
    private final long seed;

    DemoBenchmarks(DemoMode demoMode, ItemRefs items, BenchmarkRepository repository, Benchmarks benchmarks,
                   FlexibleLists lists, TransactionTemplate transaction, Clock clock,
                   @Value("${fazhi.region-code}") String county, @Value("${fazhi.demo.seed:20261123}") long seed) {
        this.demoMode = demoMode;
        this.items = items;
        this.repository = repository;
        this.benchmarks = benchmarks;
        this.lists = lists;
        this.transaction = transaction;
        this.clock = clock;
        this.county = RegionCode.of(county);
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        List<ItemRef> penalties = items.inForce(DataScope.ofRegion(county), today, ItemCategory.PENALTY);
        if (!demoMode.isEnabled() || penalties.isEmpty() || repository.existsAny()) {
            return;
        }
        log.info("演示裁量基准已生成：{} 个", benchmarkCounty(county, seed));
    }

    /** Gives a county's penalty items their benchmarks and flexible-list entries; returns how many benchmarks. */
    public int benchmarkCounty(RegionCode county, long seed) {
        LocalDate today = LocalDate.now(clock);
        List<ItemRef> penalties = items.inForce(DataScope.ofRegion(county), today, ItemCategory.PENALTY);
        List<ItemRef> compulsions = items.inForce(DataScope.ofRegion(county), today, ItemCategory.COMPULSION);
        Integer made = transaction.execute(status -> load(county, new Random(seed), penalties, compulsions));
        return made == null ? 0 : made;
    }

    private int load(RegionCode county, Random random, List<ItemRef> penalties, List<ItemRef> compulsions) {
        SignedInUser system = new SignedInUser(0, "system", "演示数据", Role.ADMIN, county, null, null, true, false,
                false, null);
        int made = 0;
        for (ItemRef item : penalties) {
            int roll = random.nextInt(12);
            if (roll < 4) {
                long id = benchmarks.create(system, benchmark(random, item)).id();
                benchmarks.publish(system, id);
                made++;
            }
            if (roll == 0 || roll == 5) {
                entry(system, FlexibleListKind.FIRST_OFFENCE, item, "初次实施该违法行为", "首次违法、危害后果轻微并及时改正",
                        "《中华人民共和国行政处罚法》第三十三条第一款");
            } else if (roll == 6) {
                entry(system, FlexibleListKind.NO_PENALTY, item, "违法行为轻微，未造成危害后果", "及时改正",
                        "《中华人民共和国行政处罚法》第三十三条第一款");
            } else if (roll == 7) {
                entry(system, FlexibleListKind.LIGHTER, item, "主动消除或者减轻违法行为危害后果", "能够提供相应证明",
                        "《中华人民共和国行政处罚法》第三十二条第（一）项");
            } else if (roll == 8) {
                entry(system, FlexibleListKind.MITIGATED, item, "配合行政机关查处违法行为有立功表现", "经查证属实",
                        "《中华人民共和国行政处罚法》第三十二条第（四）项");
            }
        }
        for (ItemRef item : compulsions) {
            if (random.nextInt(3) == 0) {
                entry(system, FlexibleListKind.NO_COMPULSION, item, "违法行为情节显著轻微或者没有明显社会危害",
                        "当事人配合调查、及时改正", "《中华人民共和国行政强制法》第五条");
            }
        }
        return made;
    }

    private void entry(SignedInUser system, FlexibleListKind kind, ItemRef item, String circumstances,
                       String conditions, String basis) {
        lists.create(system, new FlexibleEntryForm(kind, item.id(), circumstances, conditions, basis,
                item.effectiveFrom(), null, 0));
    }

    /** 轻微: warning only; then fines rising by tier, either amounts or (one in three) multiples of illegal gains. */
    static BenchmarkForm benchmark(Random random, ItemRef item) {
        long max = MAX_FINES_YUAN[random.nextInt(MAX_FINES_YUAN.length)];
        boolean multiples = random.nextInt(3) == 0;
        List<TierForm> tiers = new ArrayList<>();
        tiers.add(new TierForm("轻微", "违法行为轻微，持续时间短，涉案金额小，及时改正，未造成危害后果",
                List.of(PenaltyKind.WARNING), FineBasis.NONE, null, null, null, null));
        tiers.add(tier("一般", "违法行为一般，未造成严重后果", List.of(PenaltyKind.WARNING, PenaltyKind.FINE),
                multiples, max / 10, max * 3 / 10, "1", "2"));
        tiers.add(tier("较重", "违法行为持续时间较长或者涉案金额较大，造成一定危害后果",
                List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS), multiples, max * 3 / 10, max * 7 / 10, "2", "3"));
        tiers.add(tier("严重", "拒不改正、多次违法或者造成严重危害后果",
                List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS, PenaltyKind.ORDER_SUSPENSION), multiples,
                max * 7 / 10, max, "3", "5"));
        String name = item.name().length() > 190 ? item.name().substring(0, 190) : item.name();
        return new BenchmarkForm(item.id(), name + "裁量基准", "郏县行政处罚裁量基准（" + item.effectiveFrom().getYear()
                + "年版）", item.effectiveFrom(), tiers, 0);
    }

    private static TierForm tier(String name, String circumstances, List<PenaltyKind> kinds, boolean multiples,
                                 long minYuan, long maxYuan, String multipleMin, String multipleMax) {
        return multiples
                ? new TierForm(name, circumstances, kinds, FineBasis.ILLEGAL_GAINS, null, null,
                        new BigDecimal(multipleMin), new BigDecimal(multipleMax))
                : new TierForm(name, circumstances, kinds, FineBasis.FIXED, BigDecimal.valueOf(minYuan),
                        BigDecimal.valueOf(maxYuan), null, null);
    }
}
