package org.fazhi.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.fazhi.catalog.benchmark.BenchmarkForm;
import org.fazhi.catalog.benchmark.BenchmarkForm.TierForm;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.platform.PublishedContent;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enforcement items for the benchmark and flexible-list tests, written straight into {@code catalog.item} (and one
 * legal basis each) so these tests do not depend on the item catalogue's own classes. Codes are unique per call.
 */
@Component
public class BenchmarkTestData {

    public static final LocalDate SINCE = LocalDate.of(2025, 1, 1);
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private final JdbcClient jdbc;
    private final PublishedContent published;
    private final ItemRefs items;

    BenchmarkTestData(JdbcClient jdbc, ItemRefs items, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
        this.items = items;
    }

    public ItemRef penaltyItem(Agency agency) {
        return item(agency, ItemCategory.PENALTY, SINCE, null);
    }

    public ItemRef item(Agency agency, ItemCategory category, LocalDate from, @Nullable LocalDate to) {
        String code = "T-" + RegistryTestData.suffix() + "-" + SERIAL.incrementAndGet();
        long id = jdbc.sql("""
                        insert into catalog.item (region_code, agency_id, code, name, category, effective_from, effective_to)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(agency.region().value(), agency.id(), code, "测试事项" + code, category.name(), from, to)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into catalog.legal_basis (item_id, region_code, position, law, article, quoted)
                        values (?, ?, 1, '《中华人民共和国行政处罚法》', '第九条', '行政处罚的种类')""")
                .params(id, agency.region().value()).update();
        published.changed("catalog"); // written behind the repository's back, so said here
        return items.find(id).orElseThrow();
    }

    /** The item version's optimistic-locking version, as an edit would read it. */
    public int version(long itemId) {
        return jdbc.sql("select version from catalog.item where id = ?").param(itemId).query(Integer.class).single();
    }

    /** 轻微: warning; 一般: ¥1,000-¥5,000 fine or warning; 较重: 1-3 times the illegal gains. */
    public static BenchmarkForm benchmarkForm(long itemId) {
        return new BenchmarkForm(itemId, "测试裁量基准", "测试依据", SINCE, List.of(
                new TierForm("轻微", "初次违法且及时改正", List.of(PenaltyKind.WARNING), FineBasis.NONE, null, null, null, null),
                new TierForm("一般", "一般情形", List.of(PenaltyKind.WARNING, PenaltyKind.FINE), FineBasis.FIXED,
                        new BigDecimal("1000"), new BigDecimal("5000"), null, null),
                new TierForm("较重", "违法所得较多", List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS),
                        FineBasis.ILLEGAL_GAINS, null, null, new BigDecimal("1"), new BigDecimal("3"))), 0);
    }

    /** The same benchmark as a JSON request body. */
    public static String benchmarkJson(long itemId) {
        return """
                {"itemId": %d, "title": "接口裁量基准", "basis": "测试依据", "effectiveFrom": "2025-01-01", "version": 0,
                 "tiers": [
                  {"name": "轻微", "circumstances": "初次违法", "kinds": ["WARNING"], "fineBasis": "NONE"},
                  {"name": "一般", "circumstances": "一般情形", "kinds": ["WARNING", "FINE"], "fineBasis": "FIXED",
                   "fineMin": 1000, "fineMax": 5000},
                  {"name": "较重", "circumstances": "违法所得较多", "kinds": ["FINE", "CONFISCATE_GAINS"],
                   "fineBasis": "ILLEGAL_GAINS", "multipleMin": 1, "multipleMax": 3}]}""".formatted(itemId);
    }
}
