package org.fazhi.disclosure.portal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.catalog.TierSummary;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The items a decision cites, as the county's published list had them on the decision day, with the tiers of each
 * item's published discretion benchmark and the tier the penalty falls within (行政处罚法第三十四条). The publication
 * keeps the items' names as the decision stated them; an item no longer found by its name is shown by name alone.
 */
@Component
class CitedItems {

    /** One cited item; {@code item} is null when the list of the decision day no longer has that name. */
    record Cited(String name, @Nullable ItemSummary item, boolean listedToday, List<TierSummary> tiers,
                 @Nullable String fittingTier) {

        Cited {
            tiers = List.copyOf(tiers);
        }
    }

    private final ItemCatalog catalog;
    private final PenaltyBenchmarks benchmarks;

    CitedItems(ItemCatalog catalog, PenaltyBenchmarks benchmarks) {
        this.catalog = catalog;
        this.benchmarks = benchmarks;
    }

    List<Cited> of(PublicDecision decision, RegionCode county, LocalDate today) {
        LocalDate day = decision.decision().decidedOn();
        Map<String, ItemSummary> listed = catalog.inForce(county, day).stream()
                .collect(Collectors.toMap(ItemSummary::name, Function.identity(), (a, b) -> a));
        return decision.items().stream().map(name -> cited(name, listed.get(name), decision, today)).toList();
    }

    private Cited cited(String name, @Nullable ItemSummary item, PublicDecision decision, LocalDate today) {
        if (item == null) {
            return new Cited(name, null, false, List.of(), null);
        }
        List<TierSummary> tiers = benchmarks.tiers(item.id());
        DecisionHit hit = decision.decision();
        EnumSet<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        kinds.addAll(hit.penalties());
        ProposedPenalty decided = new ProposedPenalty(kinds, hit.fineFen() > 0 ? Money.ofFen(hit.fineFen()) : null,
                null, null, hit.decidedOn());
        String fitting = tiers.stream().map(TierSummary::name)
                .filter(tier -> benchmarks.check(item.id(), tier, decided).within()).findFirst().orElse(null);
        return new Cited(name, item, item.isInForceOn(today), tiers, fitting);
    }
}
