package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.accountability.ExaminedSources;
import org.fazhi.supervision.accountability.SourceRef;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;

/**
 * A clue for the bureau to examine for fault (过错责任追究) that another module's conclusion opens — a corrected act,
 * a lost lawsuit: it holds from the day of the conclusion until a finding of fault names it as its source
 * ({@code KIND:id}, pursued or not), or the conclusion is older than the watched period. Reassessed live on the
 * module's event and on a finding's change.
 *
 * @param <T> the concluded matter, as the other module's lookup gives it
 */
abstract class ClueUntilExamined<T> implements MonitoringRule {

    private static final String FINDING_TYPE = "supervision.accountability";

    private final SourceRef.Kind kind;
    private final String subjectType;
    private final ExaminedSources examined;

    ClueUntilExamined(SourceRef.Kind kind, String subjectType, ExaminedSources examined) {
        this.kind = kind;
        this.subjectType = subjectType;
        this.examined = examined;
    }

    /** The county's matters concluded from {@code since} to {@code until} that are clues. */
    abstract List<T> concludedIn(RegionCode county, LocalDate since, LocalDate until);

    /** The matter, if it is a clue. */
    abstract Optional<T> clue(long id);

    abstract long idOf(T matter);

    abstract LocalDate concludedOn(T matter);

    /** The matter the other module's event announces, if the event is its. */
    abstract Optional<Long> announced(Object event);

    abstract AlertCause cause(T matter);

    abstract int lookbackDays();

    @Override
    public final List<AlertCause> scan(RegionCode county, LocalDate today) {
        Set<Long> done = examined.examined(county, kind);
        return concludedIn(county, watchedFrom(today), today).stream()
                .filter(matter -> !done.contains(idOf(matter))).map(this::cause).toList();
    }

    @Override
    public final Optional<Reassessment> reassess(Object event, LocalDate today) {
        return matterOf(event).map(id -> {
            Optional<AlertCause> cause = clue(id)
                    .filter(matter -> !concludedOn(matter).isBefore(watchedFrom(today)))
                    .filter(matter -> !examined.examined(new SourceRef(kind, id)))
                    .map(this::cause);
            Subject subject = cause.map(AlertCause::subject).orElse(new Subject(subjectType, id, ""));
            return new Reassessment(List.of(subject), cause.stream().toList());
        });
    }

    private LocalDate watchedFrom(LocalDate today) {
        return today.minusDays(lookbackDays());
    }

    /** The matter an event concerns: its conclusion, or a finding of fault naming it. */
    private Optional<Long> matterOf(Object event) {
        if (event instanceof DataChanged changed && changed.recordType().equals(FINDING_TYPE)) {
            return examined.sourceOf(Long.parseLong(changed.recordId()))
                    .filter(source -> source.kind() == kind).map(SourceRef::id);
        }
        return announced(event);
    }
}
