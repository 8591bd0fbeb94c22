package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;

import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionFrequencyFacts;
import org.fazhi.inspection.InspectionFrequencyFacts.Escalations;
import org.fazhi.inspection.InspectionFrequencyFacts.OverCap;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * 乱检查 (rule 9): an enterprise inspected this calendar year more often than the county's published caps allow
 * ({@code fazhi.inspection.cap-per-agency}, {@code cap-across-agencies}: the same caps the inspection module applies
 * when an inspection is asked for), or for which inspections over a cap (超频次, escalated to a higher approver) were
 * approved at least {@code escalations} times in the last {@code lookback-months}: an exception granted again and
 * again is no longer an exception. One cause per party, naming both when both hold.
 */
@Component
class PartyOverInspected implements MonitoringRule {

    static final String CODE = "PARTY_OVER_INSPECTED";
    private static final String PARTY = "entities.party";

    /**
     * @param escalations    inspections approved over a cap for one party that make a cause
     * @param lookbackMonths how far back approvals over a cap are counted
     */
    @ConfigurationProperties("fazhi.supervision.rules.party-over-inspected")
    record Settings(@DefaultValue("2") int escalations, @DefaultValue("12") int lookbackMonths) {
    }

    private final InspectionFrequencyFacts facts;
    private final Settings settings;
    private final MonitoredNames names;
    private final CauseWording wording;

    PartyOverInspected(InspectionFrequencyFacts facts, Settings settings, MonitoredNames names, CauseWording wording) {
        this.facts = facts;
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
        List<OverCap> overCaps = facts.overCaps(county, today);
        List<Escalations> escalations = facts.escalations(county, since(today), settings.escalations());
        return causes(county, today, overCaps, escalations, names.parties(partiesOf(overCaps, escalations)),
                names::agency);
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * An inspection concluded, or a task changed: its party again. For a batch, the tasks' parties are read once,
     * then all the counties' parties' inspections and escalations at once, and the names once.
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<RegionCode, Set<Long>> parties = new LinkedHashMap<>();
        Set<Long> tasks = new LinkedHashSet<>();
        for (Object event : events) {
            if (event instanceof InspectionConcluded concluded) {
                parties.computeIfAbsent(concluded.county(), county -> new TreeSet<>()).add(concluded.partyId());
            } else if (event instanceof DataChanged changed && changed.recordType().equals("inspection.task")
                    && changed.recordId().matches("[0-9]+")) {
                tasks.add(Long.parseLong(changed.recordId()));
            }
        }
        facts.partiesOfTasks(tasks).values().forEach(party ->
                parties.computeIfAbsent(party.getKey(), county -> new TreeSet<>()).add(party.getValue()));
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        Map<RegionCode, List<OverCap>> overCaps = facts.overCaps(IdsByCounty.of(parties), today);
        Map<RegionCode, List<Escalations>> escalations = facts.escalations(IdsByCounty.of(parties), since(today),
                settings.escalations());
        Map<Long, String> partyNames = names.parties(parties.values().stream().flatMap(Set::stream).distinct()
                .toList());
        Map<Long, String> agencyNames = names.agencies(overCaps.values().stream().flatMap(List::stream)
                .filter(OverCap::overPerAgency).map(OverCap::busiestAgencyId).distinct().toList());
        return Optional.of(Reassessment.merge(parties.entrySet().stream().map(county -> new Reassessment(
                county.getValue().stream().map(party -> new Subject(PARTY, party, partyNames.get(party))).toList(),
                causes(county.getKey(), today, overCaps.get(county.getKey()), escalations.get(county.getKey()),
                        partyNames, agencyNames::get))).toList()));
    }

    private static Set<Long> partiesOf(List<OverCap> overCaps, List<Escalations> escalations) {
        Set<Long> parties = new TreeSet<>();
        overCaps.forEach(over -> parties.add(over.partyId()));
        escalations.forEach(escalated -> parties.add(escalated.partyId()));
        return parties;
    }

    private LocalDate since(LocalDate today) {
        return today.minusMonths(settings.lookbackMonths());
    }

    private List<AlertCause> causes(RegionCode county, LocalDate today, List<OverCap> overCaps,
                                    List<Escalations> escalations, Map<Long, String> partyNames,
                                    LongFunction<String> agencyName) {
        Map<Long, OverCap> capsByParty = new TreeMap<>();
        overCaps.forEach(over -> capsByParty.put(over.partyId(), over));
        Map<Long, Escalations> escalationsByParty = new TreeMap<>();
        escalations.forEach(escalated -> escalationsByParty.put(escalated.partyId(), escalated));
        TreeSet<Long> parties = new TreeSet<>(capsByParty.keySet());
        parties.addAll(escalationsByParty.keySet());
        List<AlertCause> causes = new ArrayList<>();
        for (long party : parties) {
            OverCap over = capsByParty.get(party);
            Escalations escalated = escalationsByParty.get(party);
            List<String> parts = new ArrayList<>();
            @Nullable Long agency = null;
            if (over != null && over.overAcrossAgencies()) {
                parts.add(wording.text("supervision.rule.PARTY_OVER_INSPECTED.summary.across", over.year(),
                        over.inspections(), over.capAcrossAgencies()));
            }
            if (over != null && over.overPerAgency()) {
                agency = over.busiestAgencyId();
                parts.add(wording.text("supervision.rule.PARTY_OVER_INSPECTED.summary.agency",
                        agencyName.apply(over.busiestAgencyId()), over.year(), over.byBusiestAgency(),
                        over.capPerAgency()));
            }
            if (escalated != null) {
                parts.add(wording.text("supervision.rule.PARTY_OVER_INSPECTED.summary.escalations",
                        settings.lookbackMonths(), escalated.count(), String.join("、", escalated.taskCodes())));
            }
            LocalDate since = over != null ? today.withDayOfYear(1) : since(today);
            String summary = wording.text("supervision.rule.PARTY_OVER_INSPECTED.summary", partyNames.get(party),
                    String.join("；", parts));
            causes.add(new AlertCause(new Subject(PARTY, party, partyNames.get(party)), county, agency, since,
                    summary));
        }
        return causes;
    }
}
