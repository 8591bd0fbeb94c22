package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fazhi.casework.FineFacts;
import org.fazhi.casework.FineFacts.Fine;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.RectificationFollowUps;
import org.fazhi.inspection.RectificationFollowUps.FollowUp;
import org.fazhi.shared.Money;
import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * 以罚代管 (rule 16): one agency fined the same party for the same item (by its code, whatever catalog version) at
 * least {@code min-fines} times within the last {@code window-months}, and since the first of those fines never
 * ordered it to put things right (an inspection by that agency concluding 责令整改) nor checked that it had (an
 * inspection concluding 未发现问题): fining again and again in place of regulating. An inspection that found another
 * case to file is neither. The alert is about the first fine of the series (subject {@code casework.case}), which
 * stays the same while the series grows.
 */
@Component
class FineInsteadOfRegulation implements MonitoringRule {

    static final String CODE = "FINE_INSTEAD_OF_REGULATION";
    private static final String CASE = "casework.case";

    /**
     * @param minFines     fines of one party for one item by one agency that make a series
     * @param windowMonths how far back fines are counted
     */
    @ConfigurationProperties("fazhi.supervision.rules.fine-instead-of-regulation")
    record Settings(@DefaultValue("3") int minFines, @DefaultValue("24") int windowMonths) {
    }

    /** Fines of one party by one agency for one item, in the order decided. */
    record Series(long agencyId, long partyId, String itemCode, List<Fine> fines) {

        Fine first() {
            return fines.get(0);
        }

        /** Whether a follow-up by the agency came on or after the first fine. */
        boolean regulatedBy(Collection<FollowUp> followUps) {
            return followUps.stream().anyMatch(followUp -> followUp.partyId() == partyId
                    && followUp.agencyIds().contains(agencyId) && !followUp.concludedOn().isBefore(first().decidedOn()));
        }
    }

    private final FineFacts fineFacts;
    private final RectificationFollowUps followUps;
    private final ItemCatalog items;
    private final Settings settings;
    private final MonitoredNames names;
    private final CauseWording wording;

    FineInsteadOfRegulation(FineFacts fineFacts, RectificationFollowUps followUps, ItemCatalog items,
                            Settings settings, MonitoredNames names, CauseWording wording) {
        this.fineFacts = fineFacts;
        this.followUps = followUps;
        this.items = items;
        this.settings = settings;
        this.names = names;
        this.wording = wording;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return causes(county, series(fineFacts.inSeries(county, since(today), today, settings.minFines()),
                settings.minFines()));
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * A fine decided against a party, or an inspection of it concluded (perhaps ordering it to put things right):
     * every series of the party is looked at again, however short, so that one that fell below the count closes.
     * For a batch, every county's parties' fines are read at once.
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<RegionCode, Set<Long>> parties = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof PenaltyDecided decided) {
                parties.computeIfAbsent(decided.county(), county -> new TreeSet<>()).add(decided.partyId());
            } else if (event instanceof InspectionConcluded concluded) {
                parties.computeIfAbsent(concluded.county(), county -> new TreeSet<>()).add(concluded.partyId());
            }
        }
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        Map<RegionCode, List<Fine>> fines = fineFacts.decidedAgainst(IdsByCounty.of(parties), since(today), today);
        return Optional.of(Reassessment.merge(fines.entrySet().stream()
                .map(county -> reassess(county.getKey(), county.getValue())).toList()));
    }

    /** One county's parties' fines looked at again; the follow-ups are read only for the series long enough. */
    private Reassessment reassess(RegionCode county, List<Fine> fines) {
        List<Subject> examined = series(fines, 1).stream()
                .map(one -> new Subject(CASE, one.first().caseId(), one.first().caseCode())).distinct().toList();
        return new Reassessment(examined, causes(county, series(fines, settings.minFines())));
    }

    private LocalDate since(LocalDate today) {
        return today.minusMonths(settings.windowMonths());
    }

    /** The series of at least {@code least} fines, by agency, party and item code; fines come in decision order. */
    static List<Series> series(List<Fine> fines, int least) {
        record Key(long agencyId, long partyId, String itemCode) {
        }
        Map<Key, List<Fine>> byKey = new LinkedHashMap<>();
        for (Fine fine : fines) {
            for (String item : fine.itemCodes().stream().distinct().toList()) {
                byKey.computeIfAbsent(new Key(fine.agencyId(), fine.partyId(), item), key -> new ArrayList<>())
                        .add(fine);
            }
        }
        return byKey.entrySet().stream().filter(entry -> entry.getValue().size() >= least)
                .map(entry -> new Series(entry.getKey().agencyId(), entry.getKey().partyId(),
                        entry.getKey().itemCode(), List.copyOf(entry.getValue())))
                .toList();
    }

    private List<AlertCause> causes(RegionCode county, List<Series> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        LocalDate earliest = candidates.stream().map(one -> one.first().decidedOn()).min(LocalDate::compareTo)
                .orElseThrow();
        List<FollowUp> found = followUps.of(county, candidates.stream().map(Series::partyId).distinct().toList(),
                earliest);
        List<Series> unregulated = candidates.stream().filter(one -> !one.regulatedBy(found)).toList();
        Map<Long, String> parties = names.parties(unregulated.stream().map(Series::partyId).distinct().toList());
        Map<Long, String> agencies = names.agencies(unregulated.stream().map(Series::agencyId).toList());
        Map<String, String> itemNames = itemNames(unregulated);
        // One alert per first case: a case citing two items that both form series says both in one sentence.
        Map<Long, List<String>> sentences = new TreeMap<>();
        Map<Long, Series> firstOf = new TreeMap<>();
        for (Series one : unregulated) {
            String fines = one.fines().stream().map(fine -> wording.text("supervision.rule.FINE_INSTEAD_OF_REGULATION.fine",
                    fine.caseCode(), fine.decidedOn(), fine.fine().display())).collect(Collectors.joining("；"));
            Money total = one.fines().stream().map(Fine::fine).reduce(Money.ZERO, Money::plus);
            sentences.computeIfAbsent(one.first().caseId(), id -> new ArrayList<>()).add(wording.text(
                    "supervision.rule.FINE_INSTEAD_OF_REGULATION.summary", parties.get(one.partyId()),
                    settings.windowMonths(), itemNames.getOrDefault(one.itemCode(), one.itemCode()),
                    agencies.get(one.agencyId()), one.fines().size(), fines, total.display()));
            firstOf.putIfAbsent(one.first().caseId(), one);
        }
        List<AlertCause> causes = new ArrayList<>();
        firstOf.forEach((caseId, one) -> causes.add(new AlertCause(new Subject(CASE, caseId, one.first().caseCode()),
                county, one.agencyId(), one.fines().get(settings.minFines() - 1).decidedOn(),
                String.join("；", sentences.get(caseId)))));
        return causes;
    }

    private Map<String, String> itemNames(List<Series> series) {
        Map<String, Long> idByCode = new LinkedHashMap<>();
        for (Series one : series) {
            Fine first = one.first();
            int index = first.itemCodes().indexOf(one.itemCode());
            if (index >= 0 && index < first.itemIds().size()) {
                idByCode.putIfAbsent(one.itemCode(), first.itemIds().get(index));
            }
        }
        if (idByCode.isEmpty()) {
            return Map.of();
        }
        return items.findAll(idByCode.values()).stream()
                .collect(Collectors.toMap(ItemSummary::code, ItemSummary::name, (a, b) -> a));
    }
}
