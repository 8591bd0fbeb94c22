package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fazhi.disputes.LawsuitLost;
import org.fazhi.disputes.LostLawsuits;
import org.fazhi.disputes.LostLawsuits.LostLawsuit;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.accountability.ExaminedSources;
import org.fazhi.supervision.accountability.SourceRef;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 败诉案件线索 (rule 20): a lawsuit the agency lost is a clue for the bureau to examine for fault (过错责任追究,
 * 「一案一分析」), as the 行政执法责任制 expects. The alert holds from the day of the judgment until a finding of fault
 * names the lawsuit as its source ({@code LAWSUIT:id}, pursued or not), or the lawsuit is older than the watched
 * period.
 */
@Component
class LawsuitLostClue extends ClueUntilExamined<LostLawsuit> {

    static final String CODE = "LAWSUIT_LOST";
    static final String SUBJECT_TYPE = "disputes.lawsuit";

    private final LostLawsuits lost;
    private final LawsuitLostClueParameters parameters;
    private final MessageSource messages;

    LawsuitLostClue(LostLawsuits lost, ExaminedSources examined, LawsuitLostClueParameters parameters,
                    MessageSource messages) {
        super(SourceRef.Kind.LAWSUIT, SUBJECT_TYPE, examined);
        this.lost = lost;
        this.parameters = parameters;
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    List<LostLawsuit> concludedIn(RegionCode county, LocalDate since, LocalDate until) {
        return lost.inCounty(county, since, until);
    }

    @Override
    Optional<LostLawsuit> clue(long id) {
        return lost.of(id);
    }

    @Override
    long idOf(LostLawsuit lawsuit) {
        return lawsuit.lawsuitId();
    }

    @Override
    LocalDate concludedOn(LostLawsuit lawsuit) {
        return lawsuit.decidedOn();
    }

    @Override
    Optional<Long> announced(Object event) {
        return event instanceof LawsuitLost loss ? Optional.of(loss.lawsuitId()) : Optional.empty();
    }

    @Override
    int lookbackDays() {
        return parameters.lookbackDays();
    }

    @Override
    AlertCause cause(LostLawsuit lawsuit) {
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
