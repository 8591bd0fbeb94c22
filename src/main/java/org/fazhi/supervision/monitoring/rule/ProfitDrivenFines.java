package org.fazhi.supervision.monitoring.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.casework.FineFacts;
import org.fazhi.casework.FineFacts.Fine;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.shared.Money;
import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.fazhi.supervision.monitoring.rule.FineSigns.Concentration;
import org.fazhi.supervision.monitoring.rule.FineSigns.HandlerTotal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * 趋利性执法 (rule 15), two signs, each measured against the agency itself:
 * <ul>
 * <li><b>Fines crowding at period ends</b> (an agency about an agency, subject {@code registry.agency}): the window is
 * the last {@code window-months} complete calendar months before today, the baseline the {@code baseline-months}
 * before the window. A fine is "at a period end" when decided in the last {@code period-end-days} calendar days of
 * its month (every quarter and year end is a month end). The share of the window's fine decisions at period ends
 * must be at least {@code min-share} and at least {@code share-factor} times the same share over the baseline, with
 * at least {@code min-fines} fines in the window and {@code min-baseline-fines} in the baseline (fewer say nothing).
 * Counts, not amounts: one large fine does not make a pattern.</li>
 * <li><b>One handler far above the others</b> (subject {@code registry.officer}): over the last
 * {@code officer-window-months} complete months, each handler's total of the fines of the cases he or she handled
 * (the whole fine for each handler of a case) against the median of the totals of the agency's other handlers with
 * fines; at least {@code officer-factor} times that median, at least {@code min-officer-total-yuan}, and at least
 * {@code min-peers} such peers.</li>
 * </ul>
 */
@Component
class ProfitDrivenFines implements MonitoringRule {

    static final String CODE = "PROFIT_DRIVEN_FINES";
    private static final String AGENCY = "registry.agency";
    private static final String OFFICER = "registry.officer";

    @ConfigurationProperties("fazhi.supervision.rules.profit-driven-fines")
    record Settings(@DefaultValue("5") int periodEndDays, @DefaultValue("3") int windowMonths,
                    @DefaultValue("12") int baselineMonths, @DefaultValue("10") int minFines,
                    @DefaultValue("20") int minBaselineFines, @DefaultValue("0.4") double minShare,
                    @DefaultValue("2.0") double shareFactor, @DefaultValue("12") int officerWindowMonths,
                    @DefaultValue("3.0") double officerFactor, @DefaultValue("3") int minPeers,
                    @DefaultValue("50000") BigDecimal minOfficerTotalYuan) {

        Money minOfficerTotal() {
            return Money.ofYuan(minOfficerTotalYuan.toPlainString());
        }
    }

    /** The periods the rule compares for a given day. */
    record Periods(LocalDate baselineFrom, LocalDate windowFrom, LocalDate windowTo, LocalDate officersFrom) {

        static Periods of(LocalDate today, Settings settings) {
            LocalDate windowTo = today.withDayOfMonth(1).minusDays(1);
            LocalDate windowFrom = windowTo.withDayOfMonth(1).minusMonths(settings.windowMonths() - 1L);
            LocalDate officersFrom = windowTo.withDayOfMonth(1).minusMonths(settings.officerWindowMonths() - 1L);
            return new Periods(windowFrom.minusMonths(settings.baselineMonths()), windowFrom, windowTo, officersFrom);
        }

        LocalDate readFrom() {
            return baselineFrom.isBefore(officersFrom) ? baselineFrom : officersFrom;
        }
    }

    private final FineFacts fines;
    private final Settings settings;
    private final MonitoredNames names;
    private final CauseWording wording;

    ProfitDrivenFines(FineFacts fines, Settings settings, MonitoredNames names, CauseWording wording) {
        this.fines = fines;
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
        Periods periods = Periods.of(today, settings);
        return causes(county, periods, fines.decided(county, periods.readFrom(), periods.windowTo()));
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /**
     * A decision changes its agency's figures, and so its handlers' and their peers'. For a batch, the decided
     * agencies' fines are read once for all the counties, and the agencies' names once.
     */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Map<RegionCode, Set<Long>> agencies = new LinkedHashMap<>();
        events.stream().filter(PenaltyDecided.class::isInstance).map(PenaltyDecided.class::cast).forEach(decided ->
                agencies.computeIfAbsent(decided.county(), county -> new TreeSet<>()).add(decided.agencyId()));
        if (agencies.isEmpty()) {
            return Optional.empty();
        }
        Periods periods = Periods.of(today, settings);
        Map<RegionCode, List<Fine>> read = fines.decidedByAgencies(IdsByCounty.of(agencies), periods.readFrom(),
                periods.windowTo());
        Map<Long, String> agencyNames = names.agencies(agencies.values().stream().flatMap(Set::stream)
                .collect(Collectors.toSet()));
        List<Reassessment> answers = new ArrayList<>();
        agencies.forEach((county, decidedBy) -> {
            List<Fine> agencyFines = read.get(county);
            Set<Subject> examined = new LinkedHashSet<>();
            decidedBy.forEach(agency -> examined.add(new Subject(AGENCY, agency, agencyNames.get(agency))));
            agencyFines.stream().filter(fine -> !fine.decidedOn().isBefore(periods.officersFrom()))
                    .flatMap(fine -> fine.handlerIds().stream()).distinct()
                    .forEach(officer -> examined.add(new Subject(OFFICER, officer, "#" + officer)));
            answers.add(new Reassessment(List.copyOf(examined), causes(county, periods, agencyFines)));
        });
        return Optional.of(Reassessment.merge(answers));
    }

    /** The agencies and handlers that show a sign; their names are read once, for those only. */
    private List<AlertCause> causes(RegionCode county, Periods periods, List<Fine> read) {
        List<Fine> compared = read.stream().filter(fine -> !fine.decidedOn().isBefore(periods.baselineFrom()))
                .toList();
        List<Concentration> concentrated = FineSigns.concentrations(compared, periods.windowFrom(),
                settings.periodEndDays()).stream().filter(agency -> agency.concentrated(settings.minFines(),
                settings.minBaselineFines(), settings.minShare(), settings.shareFactor())).toList();
        List<Fine> officerFines = read.stream().filter(fine -> !fine.decidedOn().isBefore(periods.officersFrom()))
                .toList();
        List<HandlerTotal> farAbove = FineSigns.handlerTotals(officerFines).stream().filter(handler ->
                handler.farAbovePeers(settings.minPeers(), settings.officerFactor(), settings.minOfficerTotal()))
                .toList();
        Map<Long, String> agencies = names.agencies(Stream.concat(concentrated.stream().map(Concentration::agencyId),
                farAbove.stream().map(HandlerTotal::agencyId)).collect(Collectors.toSet()));
        Map<Long, String> officers = names.officers(farAbove.stream().map(HandlerTotal::officerId)
                .collect(Collectors.toSet()));
        List<AlertCause> causes = new ArrayList<>();
        for (Concentration agency : concentrated) {
            String name = agencies.get(agency.agencyId());
            causes.add(new AlertCause(new Subject(AGENCY, agency.agencyId(), name), county, agency.agencyId(),
                    periods.windowTo().plusDays(1), wording.text("supervision.rule.PROFIT_DRIVEN_FINES.summary.period-end",
                    name, periods.windowFrom(), periods.windowTo(), agency.fines(), settings.periodEndDays(),
                    agency.atEnd(), CauseWording.percent(agency.share()), agency.atEndAmount().display(),
                    settings.baselineMonths(), periods.baselineFrom(), periods.windowFrom().minusDays(1),
                    agency.baselineFines(), agency.baselineAtEnd(), CauseWording.percent(agency.baselineShare()),
                    CauseWording.times(settings.shareFactor()), CauseWording.percent(settings.minShare()),
                    settings.minFines(), settings.minBaselineFines())));
        }
        for (HandlerTotal handler : farAbove) {
            String officer = officers.get(handler.officerId());
            causes.add(new AlertCause(new Subject(OFFICER, handler.officerId(), officer), county,
                    handler.agencyId(), periods.windowTo().plusDays(1),
                    wording.text("supervision.rule.PROFIT_DRIVEN_FINES.summary.officer", officer,
                            agencies.get(handler.agencyId()), periods.officersFrom(), periods.windowTo(),
                            handler.cases(), handler.total().display(), handler.peers(),
                            handler.peersMedian().display(), CauseWording.times(handler.ratio()),
                            CauseWording.times(settings.officerFactor()), settings.minOfficerTotal().display())));
        }
        return causes;
    }
}
