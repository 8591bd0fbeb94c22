package org.fazhi.registry.exam;

import java.util.List;
import java.util.Map;

import org.fazhi.identity.DataScope;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam sessions and their scores: the justice bureau holds sessions and records scores for its region; every staff
 * member of the region sees the sessions, an agency only its own officers' results. Also 通过率 for the dashboard.
 */
@Service
public class Exams {

    static final String SESSION_TYPE = "registry.exam-session";
    static final String RESULT_TYPE = "registry.exam-result";

    private final ExamSessionRepository sessions;
    private final ExamResultRepository results;
    private final ExamRules rules;
    private final ApplicationEventPublisher events;

    Exams(ExamSessionRepository sessions, ExamResultRepository results, ExamRules rules,
          ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.results = results;
        this.rules = rules;
        this.events = events;
    }

    public Page<ExamSessionRepository.Row> search(SignedInUser user, ExamSessionRepository.Search search,
                                                  PageRequest page) {
        return sessions.search(user.scope(), search, page);
    }

    /** The session, if it belongs to the user's region (above or below it); otherwise 404. */
    public ExamSession get(SignedInUser user, long id) {
        return sessions.find(id).filter(session -> user.region().contains(session.region())
                        || session.region().contains(user.region()))
                .orElseThrow(() -> new NotFound(SESSION_TYPE, id));
    }

    /** The session with the pass rate of the results the user may see. */
    public ExamSessionRepository.Row row(SignedInUser user, long id) {
        return sessions.findRow(user.scope(), id).orElseThrow(() -> new NotFound(SESSION_TYPE, id));
    }

    @Transactional
    public ExamSession create(SignedInUser user, ExamSessionForm form) {
        RegistryPermissions.requireBureau(user, user.region());
        ExamSession draft = rules.toSession(user.region(), null, form);
        long id = sessions.insert(draft);
        events.publishEvent(DataChanged.created(SESSION_TYPE, id, draft.region(), ChangedFields.of(ExamSession.class)));
        return sessions.find(id).orElseThrow();
    }

    @Transactional
    public ExamSession update(SignedInUser user, long id, ExamSessionForm form) {
        ExamSession current = get(user, id);
        RegistryPermissions.requireBureau(user, current.region());
        ExamSession changed = rules.toSession(current.region(), current, form);
        if (!sessions.update(changed)) {
            throw new StaleEdit(SESSION_TYPE, id);
        }
        events.publishEvent(DataChanged.updated(SESSION_TYPE, id, changed.region(),
                ChangedFields.between(current, changed)));
        return sessions.find(id).orElseThrow();
    }

    /** The session's results the user may see: an agency only its own officers'. */
    public List<ExamResultRepository.Row> results(SignedInUser user, long sessionId) {
        return results.ofSession(user.scope(), get(user, sessionId).id());
    }

    /** One result, if the user may see it; otherwise 404, as if it did not exist. */
    public ExamResult result(SignedInUser user, long resultId) {
        return results.find(resultId).filter(result -> user.scope().covers(result.region(), result.agencyId()))
                .orElseThrow(() -> new NotFound(RESULT_TYPE, resultId));
    }

    /** One result with its officer's and agency's names, on the same terms as {@link #result}. */
    public ExamResultRepository.Row resultRow(SignedInUser user, long resultId) {
        result(user, resultId);
        return results.findRow(resultId).orElseThrow(() -> new NotFound(RESULT_TYPE, resultId));
    }

    @Transactional
    public ExamResult recordScore(SignedInUser user, long sessionId, ExamResultForm form) {
        ExamSession session = get(user, sessionId);
        RegistryPermissions.requireBureau(user, user.region());
        ExamResult draft = rules.toResult(user, session, null, form);
        RegistryPermissions.requireBureau(user, draft.region());
        long id = results.insert(draft);
        events.publishEvent(DataChanged.created(RESULT_TYPE, id, draft.region(), ChangedFields.of(ExamResult.class)));
        return results.find(id).orElseThrow();
    }

    @Transactional
    public ExamResult correctScore(SignedInUser user, long sessionId, long resultId, ExamResultForm form) {
        ExamResult current = result(user, resultId);
        if (current.sessionId() != sessionId) {
            throw new NotFound(RESULT_TYPE, resultId);
        }
        RegistryPermissions.requireBureau(user, current.region());
        ExamResult changed = rules.toResult(user, get(user, sessionId), current, form);
        if (!results.update(changed)) {
            throw new StaleEdit(RESULT_TYPE, resultId);
        }
        events.publishEvent(DataChanged.updated(RESULT_TYPE, resultId, changed.region(),
                ChangedFields.between(current, changed)));
        return results.find(resultId).orElseThrow();
    }

    /** 通过率 of the results in the scope, of sessions held in {@code year}; no rate when nobody sat. */
    public PassRate passRate(DataScope scope, int year) {
        return results.passRate(scope, year);
    }

    /** 通过率 per agency id, as {@link #passRate}; agencies whose officers sat no exam that year are absent. */
    public Map<Long, PassRate> passRateByAgency(DataScope scope, int year) {
        return results.passRateByAgency(scope, year);
    }
}
