package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fazhi.disputes.LawsuitLost;
import org.fazhi.disputes.LostLawsuits;
import org.fazhi.disputes.LostLawsuits.LostLawsuit;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.accountability.ExaminedSources;
import org.fazhi.supervision.accountability.SourceRef;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 败诉案件线索 (rule 20): a lawsuit the agency lost is a clue for the bureau to examine for fault (过错责任追究,
 * 「一案一分析」), as the 行政执法责任制 expects. The alert holds from the day of the judgment until a finding of fault
 * names the lawsuit as its source ({@code LAWSUIT:id}, pursued or not), or the lawsuit is older than the watched
 * period. Built as RECONSIDERATION_CORRECTED is.
 */
@Component
class LawsuitLostClue implements MonitoringRule {

    static final String CODE = "LAWSUIT_LOST";
    static final String SUBJECT_TYPE = "disputes.lawsuit";
    private static final String FINDING_TYPE = "supervision.accountability";

    private final LostLawsuits lost;
    private final ExaminedSources examined;
    private final LawsuitLostClueParameters parameters;
    private final MessageSource messages;

    LawsuitLostClue(LostLawsuits lost, ExaminedSources examined, LawsuitLostClueParameters parameters,
                    MessageSource messages) {
        this.lost = lost;
        this.examined = examined;
        this.parameters = parameters;
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        Set<Long> done = examined.examined(county, SourceRef.Kind.LAWSUIT);
        return lost.inCounty(county, watchedFrom(today), today).stream()
                .filter(lawsuit -> !done.contains(lawsuit.lawsuitId())).map(this::cause).toList();
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return lawsuitOf(event).map(id -> {
            Optional<AlertCause> cause = lost.of(id)
                    .filter(lawsuit -> !lawsuit.decidedOn().isBefore(watchedFrom(today)))
                    .filter(lawsuit -> !examined.examined(new SourceRef(SourceRef.Kind.LAWSUIT, id)))
                    .map(this::cause);
            Subject subject = cause.map(AlertCause::subject).orElse(new Subject(SUBJECT_TYPE, id, ""));
            return new Reassessment(List.of(subject), cause.stream().toList());
        });
    }

    private LocalDate watchedFrom(LocalDate today) {
        return today.minusDays(parameters.lookbackDays());
    }

    /** The lawsuit an event concerns: its loss, or a finding of fault naming it. */
    private Optional<Long> lawsuitOf(Object event) {
        if (event instanceof LawsuitLost loss) {
            return Optional.of(loss.lawsuitId());
        }
        if (event instanceof DataChanged changed && changed.recordType().equals(FINDING_TYPE)) {
            return examined.sourceOf(Long.parseLong(changed.recordId()))
                    .filter(source -> source.kind() == SourceRef.Kind.LAWSUIT).map(SourceRef::id);
        }
        return Optional.empty();
    }

    private AlertCause cause(LostLawsuit lawsuit) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String outcome = messages.getMessage("disputes.litigation.outcome." + lawsuit.outcome(), null,
                lawsuit.outcome().name(), chinese);
        String what = lawsuit.caseCode() != null ? lawsuit.caseCode() : lawsuit.act();
        String summary = messages.getMessage("supervision.rule.LAWSUIT_LOST.summary",
                new Object[] {lawsuit.courtNumber(), lawsuit.decidedOn().toString(), outcome, what}, chinese);
        return new AlertCause(new Subject(SUBJECT_TYPE, lawsuit.lawsuitId(), lawsuit.courtNumber()),
                lawsuit.county(), lawsuit.agencyId(), lawsuit.decidedOn(), summary);
    }
}
