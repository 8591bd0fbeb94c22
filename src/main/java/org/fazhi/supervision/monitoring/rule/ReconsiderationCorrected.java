package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fazhi.disputes.CorrectedActs;
import org.fazhi.disputes.CorrectedActs.CorrectedAct;
import org.fazhi.disputes.ReconsiderationDecided;
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
 * 复议纠错线索: an act that reconsideration changed, revoked, declared unlawful or void, or ordered performed is a clue
 * for the bureau to examine for fault (过错责任追究), as 行政复议法 第七十六条 and the 行政执法责任制 expect. The
 * alert holds from the day the case concluded until a finding of fault names the reconsideration case as its source
 * ({@code RECONSIDERATION:id}, pursued or not), or the case is older than the watched period.
 */
@Component
class ReconsiderationCorrected implements MonitoringRule {

    static final String CODE = "RECONSIDERATION_CORRECTED";
    static final String SUBJECT_TYPE = "disputes.reconsideration";
    private static final String FINDING_TYPE = "supervision.accountability";

    private final CorrectedActs corrected;
    private final ExaminedSources examined;
    private final ReconsiderationCorrectedParameters parameters;
    private final MessageSource messages;

    ReconsiderationCorrected(CorrectedActs corrected, ExaminedSources examined,
                             ReconsiderationCorrectedParameters parameters, MessageSource messages) {
        this.corrected = corrected;
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
        Set<Long> done = examined.examined(county, SourceRef.Kind.RECONSIDERATION);
        return corrected.inCounty(county, watchedFrom(today), today).stream()
                .filter(act -> !done.contains(act.reconsiderationId())).map(this::cause).toList();
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reconsiderationOf(event).map(id -> {
            Optional<AlertCause> cause = corrected.of(id)
                    .filter(act -> !act.concludedOn().isBefore(watchedFrom(today)))
                    .filter(act -> !examined.examined(new SourceRef(SourceRef.Kind.RECONSIDERATION, id)))
                    .map(this::cause);
            Subject subject = cause.map(AlertCause::subject).orElse(new Subject(SUBJECT_TYPE, id, ""));
            return new Reassessment(List.of(subject), cause.stream().toList());
        });
    }

    private LocalDate watchedFrom(LocalDate today) {
        return today.minusDays(parameters.lookbackDays());
    }

    /** The reconsideration case an event concerns: its conclusion, or a finding of fault naming it. */
    private Optional<Long> reconsiderationOf(Object event) {
        if (event instanceof ReconsiderationDecided decided) {
            return Optional.of(decided.reconsiderationId());
        }
        if (event instanceof DataChanged changed && changed.recordType().equals(FINDING_TYPE)) {
            return examined.sourceOf(Long.parseLong(changed.recordId()))
                    .filter(source -> source.kind() == SourceRef.Kind.RECONSIDERATION).map(SourceRef::id);
        }
        return Optional.empty();
    }

    private AlertCause cause(CorrectedAct act) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String outcome = messages.getMessage("disputes.reconsideration.outcome." + act.outcome(), null,
                act.outcome().name(), chinese);
        String what = act.caseCode() != null ? act.caseCode() : act.act();
        String summary = messages.getMessage("supervision.rule.RECONSIDERATION_CORRECTED.summary",
                new Object[] {act.number(), act.concludedOn().toString(), outcome, what}, chinese);
        return new AlertCause(new Subject(SUBJECT_TYPE, act.reconsiderationId(), act.number()), act.county(),
                act.agencyId(), act.concludedOn(), summary);
    }
}
