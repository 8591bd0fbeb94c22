package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.BenchmarkDeparture;
import org.fazhi.casework.BenchmarkDepartures;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.stereotype.Component;

/**
 * 4. A penalty outside its discretion benchmark tier (行政处罚法第三十四条, 乱罚款). The catalog's verdict is recorded on
 * the decision when it is taken; the rule reads that record. Three cases, each its own summary: no benchmark check
 * recorded for the penalty; outside the tier without a reason (the procedure refuses it, so it comes from records
 * written around it); outside the tier with the reason given — lawful, so raised only when
 * {@code justified-departures} is on (the default), for the supervisor to weigh the reason, and the summary quotes it.
 */
@Component
class PenaltyOutsideBenchmark implements MonitoringRule {

    static final String CODE = "PENALTY_OUTSIDE_BENCHMARK";

    /** Which kind of departure a decision is. */
    enum Departure { NOT_CHECKED, UNJUSTIFIED, JUSTIFIED }

    private final BenchmarkDepartures departures;
    private final RuleTexts texts;
    private final PenaltyOutsideBenchmarkParameters parameters;

    PenaltyOutsideBenchmark(BenchmarkDepartures departures, RuleTexts texts,
                            PenaltyOutsideBenchmarkParameters parameters) {
        this.departures = departures;
        this.texts = texts;
        this.parameters = parameters;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return causes(departures.inCounty(county), county, today);
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /** The cases the events touch, read at once. */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        return CaseEvents.reassessCases(events, departures::ofCases, BenchmarkDeparture::caseId,
                (found, county) -> causes(found, county, today));
    }

    private List<AlertCause> causes(List<BenchmarkDeparture> found, RegionCode county, LocalDate today) {
        LocalDate from = today.minusDays(parameters.lookbackDays());
        return found.stream().filter(departure -> !departure.decidedOn().isBefore(from))
                .flatMap(departure -> departure(departure, parameters.justifiedDepartures())
                        .map(kind -> cause(departure, kind, county)).stream())
                .toList();
    }

    /** What kind of departure the decision is, or empty when the rule does not raise it. */
    static Optional<Departure> departure(BenchmarkDeparture decision, boolean raiseJustified) {
        if (decision.withinBenchmark() == null) {
            return Optional.of(Departure.NOT_CHECKED);
        }
        if (decision.withinBenchmark()) {
            return Optional.empty();
        }
        if (!decision.justified()) {
            return Optional.of(Departure.UNJUSTIFIED);
        }
        return raiseJustified ? Optional.of(Departure.JUSTIFIED) : Optional.empty();
    }

    private AlertCause cause(BenchmarkDeparture decision, Departure kind, RegionCode county) {
        String summary = texts.text("supervision.rule." + CODE + ".summary." + kind.name(), decision.caseCode(),
                decision.decidedOn().toString(), decision.fine().display(),
                decision.tier() == null ? "" : decision.tier(),
                decision.outsideReason() == null ? "" : decision.outsideReason().strip());
        return new AlertCause(new Subject(CaseEvents.CASE, decision.caseId(), decision.caseCode()), county,
                decision.agencyId(), decision.decidedOn(), summary);
    }
}
