package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fazhi.disputes.CorrectedActs;
import org.fazhi.disputes.CorrectedActs.CorrectedAct;
import org.fazhi.disputes.ReconsiderationDecided;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.accountability.ExaminedSources;
import org.fazhi.supervision.accountability.SourceRef;
import org.fazhi.supervision.monitoring.AlertCause;
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
class ReconsiderationCorrected extends ClueUntilExamined<CorrectedAct> {

    static final String CODE = "RECONSIDERATION_CORRECTED";
    static final String SUBJECT_TYPE = "disputes.reconsideration";

    private final CorrectedActs corrected;
    private final ReconsiderationCorrectedParameters parameters;
    private final MessageSource messages;

    ReconsiderationCorrected(CorrectedActs corrected, ExaminedSources examined,
                             ReconsiderationCorrectedParameters parameters, MessageSource messages) {
        super(SourceRef.Kind.RECONSIDERATION, SUBJECT_TYPE, examined);
        this.corrected = corrected;
        this.parameters = parameters;
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    List<CorrectedAct> concludedIn(RegionCode county, LocalDate since, LocalDate until) {
        return corrected.inCounty(county, since, until);
    }

    @Override
    Optional<CorrectedAct> clue(long id) {
        return corrected.of(id);
    }

    @Override
    long idOf(CorrectedAct act) {
        return act.reconsiderationId();
    }

    @Override
    LocalDate concludedOn(CorrectedAct act) {
        return act.concludedOn();
    }

    @Override
    Optional<Long> announced(Object event) {
        return event instanceof ReconsiderationDecided decided ? Optional.of(decided.reconsiderationId())
                : Optional.empty();
    }

    @Override
    int lookbackDays() {
        return parameters.lookbackDays();
    }

    @Override
    AlertCause cause(CorrectedAct act) {
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
