package org.fazhi.casework.compulsion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.RunningDeadline.Standing;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Reads measures in the caller's scope: one with its timeline, those of a case, and the open ones per agency. */
@Service
public class MeasureViews {

    private final MeasureRepository repository;
    private final MeasureActs acts;
    private final MeasureTimeline timeline;
    private final MeasureOfficers officers;
    private final MeasurePeriods periods;
    private final CaseDeadlines deadlines;
    private final CaseSteps cases;

    MeasureViews(MeasureRepository repository, MeasureActs acts, MeasureTimeline timeline, MeasureOfficers officers,
                 MeasurePeriods periods, CaseDeadlines deadlines, CaseSteps cases) {
        this.repository = repository;
        this.acts = acts;
        this.timeline = timeline;
        this.officers = officers;
        this.periods = periods;
        this.deadlines = deadlines;
        this.cases = cases;
    }

    public MeasureView of(SignedInUser user, long id) {
        CompulsoryMeasure m = acts.visible(user, id);
        String caseCode = repository.caseCodes(List.of(m.caseId())).getOrDefault(m.caseId(), "");
        LocalDate day = m.period() == null ? acts.today() : m.period().startedOn();
        return new MeasureView(m.id(), m.caseId(), caseCode, m.agencyId(), m.kind(), m.state(), m.urgent(),
                m.reason(), m.legalBasis(), m.placeKept(), m.officerIds(), officers.named(m.agencyId(),
                m.officerIds(), day), m.items(), m.takenAt(), m.approval(), m.approvalDue(periods), m.period(),
                standing(m), m.decisionNumber(), m.extension(), m.lifting(), m.confiscatedOn(), m.closedOn(),
                timeline.of(id), actsOf(user, m), m.version());
    }

    /** The measures of a case the user may see (404 otherwise), oldest first. */
    public List<MeasureView.Row> ofCase(SignedInUser user, long caseId) {
        cases.visible(user, caseId);
        return rows(repository.ofCase(caseId));
    }

    /** The open measures in the user's scope, those due first; {@code agency} narrows a county-wide scope. */
    public List<MeasureView.Row> open(SignedInUser user, @Nullable Long agency) {
        if (user.hasRole(org.fazhi.identity.Role.ENTERPRISE)) {
            throw new AccessDeniedException("enterprises see no measures list");
        }
        return rows(repository.open(user.scope(), agency));
    }

    /** Whether the user may take a measure on a case of this agency (its officers and legal office). */
    public boolean mayTake(SignedInUser user, long agencyId) {
        return MeasureActs.may(user, agencyId, MeasureAct.PROPOSE);
    }

    /** The acts the user may take on the measure now, in the order the page offers them. */
    static List<MeasureAct> actsOf(SignedInUser user, CompulsoryMeasure m) {
        return Arrays.stream(MeasureAct.values()).filter(act -> act.allowedIn(m.state()))
                .filter(act -> act != MeasureAct.RETURN_ITEM || !m.returnedAll())
                .filter(act -> act != MeasureAct.CLOSE || m.returnedAll())
                .filter(act -> act != MeasureAct.EXTEND || m.kind().isCompulsory() && m.extension() == null)
                .filter(act -> MeasureActs.may(user, m.agencyId(), act)).toList();
    }

    /** Where the measure's running period (or its urgent approval) stands today; null when nothing runs. */
    @Nullable Standing standing(CompulsoryMeasure m) {
        LocalDate today = acts.today();
        Instant approvalDue = m.approvalDue(periods);
        if (approvalDue != null) {
            return acts.now().isAfter(approvalDue) ? Standing.MISSED : Standing.DUE_SOON;
        }
        if (m.period() == null) {
            return null;
        }
        LocalDate due = m.period().dueOn();
        LocalDate ended = m.lifting() != null ? m.lifting().on() : m.confiscatedOn();
        if (ended != null) {
            return ended.isAfter(due) ? Standing.MET_LATE : Standing.MET;
        }
        if (m.state() != MeasureState.IN_FORCE) {
            return null;
        }
        if (today.isAfter(due)) {
            return Standing.MISSED;
        }
        return due.isAfter(deadlines.dueSoonLimit(today)) ? Standing.RUNNING : Standing.DUE_SOON;
    }

    private List<MeasureView.Row> rows(List<CompulsoryMeasure> measures) {
        Map<Long, String> codes = repository.caseCodes(measures.stream().map(CompulsoryMeasure::caseId).toList());
        return measures.stream().map(m -> new MeasureView.Row(m.id(), m.caseId(), codes.getOrDefault(m.caseId(), ""),
                m.agencyId(), m.kind(), m.state(), m.urgent(), m.items().size(),
                (int) m.items().stream().filter(MeasureItem::isReturned).count(),
                m.period() == null ? null : m.period().startedOn(), m.period() == null ? null : m.period().dueOn(),
                m.extension() != null, m.approvalDue(periods), standing(m))).toList();
    }
}
