package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;

import org.fazhi.casework.CaseActivity;
import org.fazhi.casework.CaseFiled;
import org.fazhi.catalog.EnforcementItemFacts;
import org.fazhi.inspection.InspectionActivity;
import org.fazhi.inspection.InspectionConcluded;
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
 * 不作为 (rule 12): an agency that holds at least {@code min-items} enforcement items (行政处罚、行政强制、行政检查) in
 * force during the last complete calendar quarter before today, yet carried out no inspection and took up no case
 * (filed, or decided on the spot) in it. The quarter is a whole one so that the alert says one stable thing
 * (「2026年第三季度无检查、无案件」) until the next quarter ends.
 */
@Component
class AgencyInactive implements MonitoringRule {

    static final String CODE = "AGENCY_INACTIVE";
    private static final String AGENCY = "registry.agency";

    /** @param minItems enforcement items in force that make an agency expected to act */
    @ConfigurationProperties("fazhi.supervision.rules.agency-inactive")
    record Settings(@DefaultValue("1") int minItems) {
    }

    /** A calendar quarter: its first and last day. */
    record Quarter(LocalDate from, LocalDate to) {

        /** The last quarter that ended before {@code today}. */
        static Quarter lastCompleteBefore(LocalDate today) {
            LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            return new Quarter(thisQuarter.minusMonths(3), thisQuarter.minusDays(1));
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        int number() {
            return (from.getMonthValue() - 1) / 3 + 1;
        }
    }

    private final EnforcementItemFacts items;
    private final InspectionActivity inspections;
    private final CaseActivity cases;
    private final Settings settings;
    private final MonitoredNames names;
    private final CauseWording wording;

    AgencyInactive(EnforcementItemFacts items, InspectionActivity inspections, CaseActivity cases, Settings settings,
                   MonitoredNames names, CauseWording wording) {
        this.items = items;
        this.inspections = inspections;
        this.cases = cases;
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
        Quarter quarter = Quarter.lastCompleteBefore(today);
        return causes(county, quarter, items.inForceByAgency(county, quarter.from(), quarter.to()),
                inspections.byAgency(county, quarter.from(), quarter.to()),
                cases.byAgency(county, quarter.from(), quarter.to()), names::agency);
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * An inspection concluded or a case filed in the quarter looked at: its agency again (a filing of another day,
     * such as every filing of the current quarter, changes nothing of that quarter). For a batch, the items in force,
     * the inspections and the cases are each read once for all the counties' agencies, and the agencies' names once.
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Quarter quarter = Quarter.lastCompleteBefore(today);
        Map<RegionCode, Set<Long>> agencies = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof InspectionConcluded concluded) {
                agencies.computeIfAbsent(concluded.county(), county -> new TreeSet<>()).add(concluded.leadAgencyId());
            } else if (event instanceof CaseFiled filed && quarter.contains(filed.filedOn())) {
                agencies.computeIfAbsent(filed.county(), county -> new TreeSet<>()).add(filed.agencyId());
            }
        }
        if (agencies.isEmpty()) {
            return Optional.empty();
        }
        IdsByCounty asked = IdsByCounty.of(agencies);
        Map<RegionCode, Map<Long, Long>> held = items.inForceByAgency(agencies.keySet(), quarter.from(), quarter.to());
        Map<RegionCode, Map<Long, Long>> inspected = inspections.ofAgencies(asked, quarter.from(), quarter.to());
        Map<RegionCode, Map<Long, Long>> taken = cases.ofAgencies(asked, quarter.from(), quarter.to());
        Map<Long, String> agencyNames = names.agencies(agencies.values().stream().flatMap(Set::stream).toList());
        return Optional.of(Reassessment.merge(agencies.entrySet().stream().map(county -> {
            Map<Long, Long> theirs = new TreeMap<>(held.get(county.getKey()));
            theirs.keySet().retainAll(county.getValue());
            return new Reassessment(county.getValue().stream()
                    .map(agency -> new Subject(AGENCY, agency, agencyNames.get(agency))).toList(),
                    causes(county.getKey(), quarter, theirs, inspected.get(county.getKey()),
                            taken.get(county.getKey()), agencyNames::get));
        }).toList()));
    }

    /** The agencies holding enough items with neither inspections nor cases, in agency order. */
    static List<Long> inactive(Map<Long, Long> itemsHeld, Map<Long, Long> inspected, Map<Long, Long> cases,
                               int minItems) {
        return new TreeMap<>(itemsHeld).entrySet().stream()
                .filter(held -> held.getValue() >= minItems)
                .map(Map.Entry::getKey)
                .filter(agency -> inspected.getOrDefault(agency, 0L) == 0 && cases.getOrDefault(agency, 0L) == 0)
                .toList();
    }

    private List<AlertCause> causes(RegionCode county, Quarter quarter, Map<Long, Long> itemsHeld,
                                    Map<Long, Long> inspected, Map<Long, Long> taken, LongFunction<String> nameOf) {
        List<AlertCause> causes = new ArrayList<>();
        for (long agency : inactive(itemsHeld, inspected, taken, settings.minItems())) {
            String name = nameOf.apply(agency);
            causes.add(new AlertCause(new Subject(AGENCY, agency, name), county, agency, quarter.to().plusDays(1),
                    wording.text("supervision.rule.AGENCY_INACTIVE.summary", name, itemsHeld.get(agency),
                            quarter.from().getYear(), quarter.number(), quarter.from(), quarter.to())));
        }
        return causes;
    }
}
