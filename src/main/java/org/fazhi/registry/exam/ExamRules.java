package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The domain's checks on sessions and scores, shared by the pages, the API and a later import: a title of 2-100
 * characters, pass mark ≤ full mark (and no recorded score above a corrected full mark); a score between 0 and the
 * full mark, of an officer in the user's scope, once per session, for a session already held.
 */
@Component
class ExamRules {

    private final OfficerRepository officers;
    private final ExamResultRepository results;
    private final Clock clock;

    ExamRules(OfficerRepository officers, ExamResultRepository results, Clock clock) {
        this.officers = officers;
        this.results = results;
        this.clock = clock;
    }

    /** The session the form describes, in {@code region}; {@code current} is the one being edited, if any. */
    ExamSession toSession(RegionCode region, @Nullable ExamSession current, ExamSessionForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = form.title() == null ? "" : form.title().strip();
        int length = title.codePointCount(0, title.length());
        if (length < ExamSession.TITLE_MIN || length > ExamSession.TITLE_MAX) {
            problems.add(FieldProblem.of("title",
                    title.isEmpty() ? "registry.exam.title.required" : "registry.exam.title.size"));
        }
        if (form.kind() == null) {
            problems.add(FieldProblem.of("kind", "registry.exam.kind.required"));
        }
        if (form.heldOn() == null) {
            problems.add(FieldProblem.of("heldOn", "registry.exam.held-on.required"));
        }
        BigDecimal passMark = form.passMark();
        BigDecimal fullMark = form.fullMark() == null ? ExamSession.DEFAULT_FULL_MARK : form.fullMark();
        boolean passMarkValid = checkMark("passMark", passMark, problems);
        boolean fullMarkValid = checkMark("fullMark", fullMark, problems);
        boolean marksValid = passMarkValid && fullMarkValid;
        if (marksValid && !ExamSession.marksAgree(passMark, fullMark)) {
            problems.add(FieldProblem.of("passMark", "registry.exam.pass-mark.above-full"));
        }
        Optional<BigDecimal> highest = current == null ? Optional.empty() : results.highestScore(current.id());
        if (marksValid && highest.isPresent() && highest.get().compareTo(fullMark) > 0) {
            problems.add(FieldProblem.of("fullMark", "registry.exam.full-mark.below-scores", plain(highest.get())));
        }
        if (highest.isPresent() && form.heldOn() != null && form.heldOn().isAfter(today())) {
            problems.add(FieldProblem.of("heldOn", "registry.exam.held-on.scores-recorded"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ExamSession(current == null ? 0 : current.id(), region, title, form.kind(), form.heldOn(),
                passMark.setScale(1), fullMark.setScale(1), form.version());
    }

    /** The score the form describes in {@code session}; {@code current} is the result being corrected, if any. */
    ExamResult toResult(SignedInUser user, ExamSession session, @Nullable ExamResult current, ExamResultForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Officer> officer = Optional.empty();
        if (current != null) {
            if (form.officerId() != null && form.officerId() != current.officerId()) {
                problems.add(FieldProblem.of("officerId", "registry.exam.result.officer.fixed"));
            }
        } else if (form.officerId() == null) {
            problems.add(FieldProblem.of("officerId", "registry.exam.result.officer.required"));
        } else {
            officer = officers.find(form.officerId())
                    .filter(found -> user.scope().covers(found.region(), found.agencyId()));
            if (officer.isEmpty()) {
                problems.add(FieldProblem.of("officerId", "registry.exam.result.officer.unknown"));
            } else if (results.exists(session.id(), officer.get().id())) {
                problems.add(FieldProblem.of("officerId", "registry.exam.result.officer.duplicate"));
            }
        }
        BigDecimal score = form.score();
        if (score == null) {
            problems.add(FieldProblem.of("score", "registry.exam.score.required"));
        } else {
            session.checkScore(score)
                    .ifPresent(key -> problems.add(FieldProblem.of("score", key, plain(session.fullMark()))));
        }
        if (!session.isHeldBy(today())) {
            problems.add(FieldProblem.of("", "registry.exam.result.not-held", session.heldOn().toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (current != null) {
            return new ExamResult(current.id(), current.region(), current.sessionId(), current.officerId(),
                    current.agencyId(), score.setScale(1), session.passMark(), form.version());
        }
        Officer sitter = officer.get();
        return new ExamResult(0, sitter.region(), session.id(), sitter.id(), sitter.agencyId(), score.setScale(1),
                session.passMark(), 0);
    }

    private static boolean checkMark(String field, @Nullable BigDecimal mark, List<FieldProblem> problems) {
        if (mark == null) {
            problems.add(FieldProblem.of(field, "registry.exam.pass-mark.required"));
            return false;
        }
        Optional<String> problem = field.equals("passMark") ? ExamSession.checkPassMark(mark)
                : ExamSession.checkFullMark(mark);
        problem.ifPresent(key -> problems.add(FieldProblem.of(field, key)));
        return problem.isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A mark as people write it in a message: 100, 59.5. */
    static String plain(BigDecimal mark) {
        return mark.stripTrailingZeros().toPlainString();
    }
}
