package org.fazhi.catalog.benchmark;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Benchmarks with their tiers, each joined to its item for scope and naming. */
@Repository
public class BenchmarkRepository {

    /** What the benchmark list filters by; null or blank means "any". {@code text} matches item code or name. */
    public record Search(@Nullable String text, @Nullable Long agency, @Nullable Boolean published) {

        public static Search all() {
            return new Search(null, null, null);
        }
    }

    private static final String SELECT = "select b.id, b.title, b.basis, b.published, b.effective_from, b.version, "
            + ItemRefs.COLUMNS + " from catalog.benchmark b join catalog.item i on i.id = b.item_id";

    private final JdbcClient jdbc;
    private final PublishedContent published;

    BenchmarkRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    public Optional<DiscretionBenchmark> find(long id) {
        return one(SELECT + " where b.id = ?", id);
    }

    public Optional<DiscretionBenchmark> findByItem(long itemId) {
        return one(SELECT + " where b.item_id = ?", itemId);
    }

    public Page<DiscretionBenchmark> search(DataScope scope, Search search, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        long total = jdbc.sql("select count(*) from catalog.benchmark b join catalog.item i on i.id = b.item_id" + where)
                .params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        return page.page(withTiers(SELECT + where + " order by i.code, b.id limit ? offset ?", params), total);
    }

    /** Every benchmark matching the search, unpaged: for exports. */
    public List<DiscretionBenchmark> all(DataScope scope, Search search) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        return withTiers(SELECT + where + " order by i.code, b.id", params);
    }

    /** Published benchmarks of the county's items in force on the day: what the public portal shows. */
    public List<DiscretionBenchmark> publishedInForce(RegionCode county, LocalDate day) {
        return withTiers(SELECT + " where b.published and i.region_code like ? and " + ItemRefs.IN_FORCE
                + " and b.effective_from <= ? order by i.code", List.of(county.value() + "%", day, day, day));
    }

    public boolean existsAny() {
        return jdbc.sql("select exists (select 1 from catalog.benchmark)").query(Boolean.class).single();
    }

    long insert(DiscretionBenchmark benchmark) {
        published.changed("catalog");
        long id = jdbc.sql("""
                        insert into catalog.benchmark (item_id, region_code, title, basis, published, effective_from)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(benchmark.item().id(), benchmark.region().value(), benchmark.title(), benchmark.basis(),
                        benchmark.published(), benchmark.effectiveFrom())
                .query(Long.class).single();
        insertTiers(id, benchmark);
        return id;
    }

    /** Saves the benchmark and replaces its tiers if nobody changed it since its version was read; false otherwise. */
    boolean update(DiscretionBenchmark benchmark) {
        published.changed("catalog");
        boolean saved = jdbc.sql("""
                        update catalog.benchmark set title = ?, basis = ?, published = ?, effective_from = ?,
                               version = version + 1
                         where id = ? and version = ?""")
                .params(benchmark.title(), benchmark.basis(), benchmark.published(), benchmark.effectiveFrom(),
                        benchmark.id(), benchmark.version())
                .update() == 1;
        if (saved) {
            jdbc.sql("delete from catalog.benchmark_tier where benchmark_id = ?").param(benchmark.id()).update();
            insertTiers(benchmark.id(), benchmark);
        }
        return saved;
    }

    /** Marks the benchmark published if it is still at {@code version}; false otherwise. */
    boolean publish(long id, int version) {
        published.changed("catalog");
        return jdbc.sql("update catalog.benchmark set published = true, version = version + 1 where id = ? and version = ?")
                .params(id, version).update() == 1;
    }

    private void insertTiers(long benchmarkId, DiscretionBenchmark benchmark) {
        int position = 1;
        for (BenchmarkTier tier : benchmark.tiers()) {
            FineRule rule = tier.fineRule();
            jdbc.sql("""
                            insert into catalog.benchmark_tier (benchmark_id, region_code, position, name, circumstances,
                                   penalty_kinds, fine_basis, fine_min_fen, fine_max_fen, multiple_min, multiple_max)
                            values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)""")
                    .params(benchmarkId, benchmark.region().value(), position++, tier.name(), tier.circumstances(),
                            "{" + String.join(",", tier.sortedKinds().stream().map(Enum::name).toList()) + "}",
                            rule.basis().name(), rule.min() == null ? null : rule.min().fen(),
                            rule.max() == null ? null : rule.max().fen(), rule.multipleMin(), rule.multipleMax())
                    .update();
        }
    }

    private Optional<DiscretionBenchmark> one(String sql, long param) {
        return withTiers(sql, List.of(param)).stream().findFirst();
    }

    /** The benchmarks the query selects, with their tiers read in one more query. */
    private List<DiscretionBenchmark> withTiers(String sql, List<Object> params) {
        List<DiscretionBenchmark> bare = jdbc.sql(sql).params(params).query(BenchmarkRepository::map).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Long[] ids = bare.stream().map(DiscretionBenchmark::id).toArray(Long[]::new);
        Map<Long, List<BenchmarkTier>> tiers = jdbc.sql("""
                        select benchmark_id, position, name, circumstances, penalty_kinds, fine_basis, fine_min_fen,
                               fine_max_fen, multiple_min, multiple_max
                          from catalog.benchmark_tier where benchmark_id = any(?) order by benchmark_id, position""")
                .param(ids).query((rs, row) -> Map.entry(rs.getLong("benchmark_id"), tier(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return bare.stream().map(b -> new DiscretionBenchmark(b.id(), b.item(), b.title(), b.basis(), b.published(),
                b.effectiveFrom(), tiers.getOrDefault(b.id(), List.of()), b.version())).toList();
    }

    private static String where(DataScope scope, Search search, List<Object> params) {
        StringBuilder where = new StringBuilder(" where ").append(ItemRefs.scoped(scope, params));
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" and (i.code like ? or i.name like ? or b.title like ?)");
            String like = "%" + search.text().strip().replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
        }
        if (search.agency() != null) {
            where.append(" and i.agency_id = ?");
            params.add(search.agency());
        }
        if (search.published() != null) {
            where.append(" and b.published = ?");
            params.add(search.published());
        }
        return where.toString();
    }

    private static DiscretionBenchmark map(ResultSet rs, int row) throws SQLException {
        return new DiscretionBenchmark(rs.getLong("id"), ItemRefs.map(rs), rs.getString("title"),
                rs.getString("basis"), rs.getBoolean("published"), rs.getObject("effective_from", LocalDate.class),
                List.of(), rs.getInt("version"));
    }

    private static BenchmarkTier tier(ResultSet rs) throws SQLException {
        Array array = rs.getArray("penalty_kinds");
        List<PenaltyKind> kinds = Arrays.stream((String[]) array.getArray()).map(PenaltyKind::valueOf).toList();
        FineBasis basis = FineBasis.valueOf(rs.getString("fine_basis"));
        Long min = rs.getObject("fine_min_fen", Long.class);
        Long max = rs.getObject("fine_max_fen", Long.class);
        FineRule rule = basis == FineBasis.NONE ? FineRule.none()
                : basis == FineBasis.FIXED ? FineRule.fixed(Money.ofFen(min), Money.ofFen(max))
                : FineRule.multiple(basis, rs.getBigDecimal("multiple_min"), rs.getBigDecimal("multiple_max"));
        return new BenchmarkTier(rs.getInt("position"), rs.getString("name"), rs.getString("circumstances"),
                java.util.Set.copyOf(kinds), rule);
    }
}
