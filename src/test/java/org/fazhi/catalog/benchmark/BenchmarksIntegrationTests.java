package org.fazhi.catalog.benchmark;

import java.time.LocalDate;
import java.util.Set;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkVerdict;
import org.fazhi.catalog.BenchmarkVerdict.Reason;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.catalog.TierSummary;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.identity.Role;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;

/** Drafting, publishing and checking benchmarks through the services, on the real database. */
@FazhiIntegrationTest
class BenchmarksIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 25);

    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;
    @Autowired Benchmarks benchmarks;
    @Autowired PenaltyBenchmarks checks;

    @Test
    void aBenchmarkIsReliedOnOnlyOncePublished() {
        ItemRef item = catalog.penaltyItem(registry.agency("基准局"));
        DiscretionBenchmark draft = benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(item.id()));
        assertThat(draft.published()).isFalse();
        assertThat(draft.tiers()).extracting(BenchmarkTier::name).containsExactly("轻微", "一般", "较重");
        assertThat(checks.check(item.id(), "一般", fine("2000")).findings())
                .extracting(finding -> finding.reason()).containsExactly(Reason.BENCHMARK_NOT_PUBLISHED);
        assertThat(checks.tiers(item.id())).isEmpty();

        benchmarks.publish(supervisor(), draft.id());
        assertThat(checks.check(item.id(), "一般", fine("2000")).within()).isTrue();
        assertThat(checks.tiers(item.id())).extracting(TierSummary::name).containsExactly("轻微", "一般", "较重");
        assertThat(registry.auditTrail("catalog.benchmark", draft.id()))
                .containsExactly("DATA_CREATED:item,title,basis,published,effectiveFrom,tiers", "DATA_UPDATED:published");
    }

    @Test
    void theVerdictSaysWhyInChineseWithMoneyAsYuan() {
        ItemRef item = publishedBenchmarkItem(registry.agency("说明局"));
        BenchmarkVerdict above = checks.check(item.id(), "一般", fine("6000"));
        assertThat(checks.explain(above)).containsExactly("罚款¥6,000.00高于本档次上限¥5,000.00");
        BenchmarkVerdict wrongKind = checks.check(item.id(), "轻微",
                new ProposedPenalty(Set.of(PenaltyKind.REVOKE_LICENCE), null, null, null, DAY));
        assertThat(checks.explain(wrongKind)).containsExactly("本档次不适用“吊销许可证件”");
        assertThat(checks.explain(checks.check(item.id(), "较重", fine("3000"))))
                .containsExactly("本档次罚款按违法所得的倍数计算，须填写大于零的违法所得");
        assertThat(checks.explain(checks.check(item.id(), "特别严重", fine("3000"))))
                .containsExactly("裁量基准中没有“特别严重”档次");
    }

    @Test
    void multiplesOfIllegalGainsAreCheckedAgainstTheGains() {
        ItemRef item = publishedBenchmarkItem(registry.agency("倍数局"));
        ProposedPenalty within = new ProposedPenalty(Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS),
                Money.ofYuan("6000"), Money.ofYuan("2000"), null, DAY);
        assertThat(checks.check(item.id(), "较重", within).within()).isTrue();
        ProposedPenalty outside = new ProposedPenalty(Set.of(PenaltyKind.FINE), Money.ofYuan("6000.01"),
                Money.ofYuan("2000"), null, DAY);
        assertThat(checks.explain(checks.check(item.id(), "较重", outside)))
                .containsExactly("罚款¥6,000.01高于本档次上限¥6,000.00");
    }

    @Test
    void anItemWithoutBenchmarkSaysSo() {
        ItemRef item = catalog.penaltyItem(registry.agency("无基准局"));
        assertThat(checks.explain(checks.check(item.id(), "一般", fine("100")))).containsExactly("该事项没有裁量基准");
    }

    @Test
    void aChangedBenchmarkIsADraftAgainAndStaleEditsAreRefused() {
        ItemRef item = publishedBenchmarkItem(registry.agency("修改局"));
        DiscretionBenchmark published = benchmarks.search(admin(),
                new BenchmarkRepository.Search(item.code(), null, null), PageRequest.of(1, 5)).items().get(0);
        assertThat(published.published()).isTrue();
        DiscretionBenchmark changed = benchmarks.update(admin(), published.id(), withVersion(item, published.version()));
        assertThat(changed.published()).isFalse();
        assertThatThrownBy(() -> benchmarks.update(admin(), published.id(), withVersion(item, published.version())))
                .isInstanceOf(StaleEdit.class);
    }

    @Test
    void onlyPenaltyItemsGetABenchmarkAndOnlyOne() {
        Agency agency = registry.agency("非处罚局");
        ItemRef compulsion = catalog.item(agency, ItemCategory.COMPULSION, BenchmarkTestData.SINCE, null);
        assertThatThrownBy(() -> benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(compulsion.id())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field() + ":" + problem.messageKey())
                        .containsExactly("itemId:catalog.benchmark.item.not-penalty"));
        ItemRef penalty = publishedBenchmarkItem(agency);
        assertThatThrownBy(() -> benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(penalty.id())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("catalog.benchmark.item.taken"));
    }

    @Test
    void anAgencysLegalOfficeKeepsOnlyItsOwnItemsBenchmarks() {
        Agency own = registry.agency("本局");
        Agency other = registry.agency("他局");
        ItemRef ownItem = catalog.penaltyItem(own);
        ItemRef otherItem = catalog.penaltyItem(other);
        DiscretionBenchmark mine = benchmarks.create(agencyAdmin(own), BenchmarkTestData.benchmarkForm(ownItem.id()));
        assertThat(benchmarks.publish(agencyAdmin(own), mine.id()).published()).isTrue();
        assertThatThrownBy(() -> benchmarks.create(agencyAdmin(own), BenchmarkTestData.benchmarkForm(otherItem.id())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("catalog.benchmark.item.unknown"));
        DiscretionBenchmark theirs = benchmarks.create(supervisor(), BenchmarkTestData.benchmarkForm(otherItem.id()));
        assertThatThrownBy(() -> benchmarks.get(agencyAdmin(own), theirs.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> benchmarks.publish(agencyAdmin(own), theirs.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> benchmarks.publish(RegistryTestData.user(Role.OFFICER, other.id()), theirs.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> benchmarks.create(RegistryTestData.leader(), BenchmarkTestData.benchmarkForm(ownItem.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ItemRef publishedBenchmarkItem(Agency agency) {
        ItemRef item = catalog.penaltyItem(agency);
        benchmarks.publish(admin(), benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(item.id())).id());
        return item;
    }

    private static BenchmarkForm withVersion(ItemRef item, int version) {
        BenchmarkForm form = BenchmarkTestData.benchmarkForm(item.id());
        return new BenchmarkForm(form.itemId(), "修改后的基准", form.basis(), form.effectiveFrom(), form.tiers(), version);
    }

    private static ProposedPenalty fine(String yuan) {
        return new ProposedPenalty(Set.of(PenaltyKind.FINE), Money.ofYuan(yuan), null, null, DAY);
    }
}
