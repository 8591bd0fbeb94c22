package org.fazhi.casework.compulsion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.casefile.CaseMeasures;
import org.fazhi.casework.casefile.RunningDeadline;
import org.springframework.stereotype.Component;

/**
 * The case's page's view of its measures: each act of each measure as a line of the case's timeline, and each
 * measure's period (30 days, once extended; 7 working days for 先行登记保存) as one of its deadlines, met on the day
 * the measure was lifted or its items confiscated. Read without the user's scope: the case page checked it.
 */
@Component
class MeasuresOfTheCase implements CaseMeasures {

    private final MeasureRepository repository;
    private final MeasureTimeline timeline;

    MeasuresOfTheCase(MeasureRepository repository, MeasureTimeline timeline) {
        this.repository = repository;
        this.timeline = timeline;
    }

    @Override
    public List<Act> acts(long caseId) {
        return repository.ofCase(caseId).stream().flatMap(m -> timeline.of(m.id()).stream().map(e -> new Act(m.id(),
                        e.at(), e.displayName(), e.act().getCodes()[0], "casework.measure.kind." + m.kind(),
                        e.refused(), e.to() == null ? null : e.to().getCodes()[0], e.detail(), e.legalBasis())))
                .sorted(Comparator.comparing(Act::at)).toList();
    }

    @Override
    public List<RunningDeadline> periods(long caseId) {
        return repository.ofCase(caseId).stream().filter(m -> m.period() != null).map(MeasuresOfTheCase::period)
                .toList();
    }

    private static RunningDeadline period(CompulsoryMeasure m) {
        CompulsoryMeasure.Period p = java.util.Objects.requireNonNull(m.period());
        LocalDate ended = m.lifting() != null ? m.lifting().on() : m.confiscatedOn();
        DeadlineKind kind = m.kind().isCompulsory() ? DeadlineKind.SEIZURE_PERIOD : DeadlineKind.EVIDENCE_PRESERVATION;
        return new RunningDeadline(kind, p.startedOn(), p.dueOn(), p.provisional(), ended);
    }
}
