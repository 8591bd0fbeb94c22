package org.fazhi.registry.training;

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
import org.springframework.stereotype.Component;

/**
 * The domain's checks on a training record, shared by the form, the API and a later import: an officer the user
 * may see, a course name of 2-100 characters, a day not after today, and 0 < hours <= 200 with one decimal.
 */
@Component
class TrainingRules {

    private final OfficerRepository officers;
    private final Clock clock;

    TrainingRules(OfficerRepository officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    /** The record the form describes, or every problem with it. {@code id} and version are those being edited. */
    TrainingRecord toRecord(SignedInUser user, long id, TrainingForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Officer> officer = Optional.ofNullable(form.officerId()).flatMap(officers::find)
                .filter(found -> user.scope().covers(found.region(), found.agencyId()));
        if (officer.isEmpty()) {
            problems.add(FieldProblem.of("officerId", form.officerId() == null
                    ? "registry.training.officer.required" : "registry.training.officer.unknown"));
        }
        String course = form.course() == null ? "" : form.course().strip();
        if (course.isEmpty()) {
            problems.add(FieldProblem.of("course", "registry.training.course.required"));
        } else {
            TrainingRecord.checkCourse(course).ifPresent(key -> problems.add(FieldProblem.of("course", key)));
        }
        LocalDate trainedOn = form.trainedOn();
        if (trainedOn == null) {
            problems.add(FieldProblem.of("trainedOn", "registry.training.trained-on.required"));
        } else {
            TrainingRecord.checkTrainedOn(trainedOn, LocalDate.now(clock))
                    .ifPresent(key -> problems.add(FieldProblem.of("trainedOn", key)));
        }
        BigDecimal hours = form.hours();
        if (hours == null) {
            problems.add(FieldProblem.of("hours", "registry.training.hours.required"));
        } else {
            TrainingRecord.checkHours(hours).ifPresent(key -> problems.add(FieldProblem.of("hours", key)));
        }
        String organiser = form.organiser() == null ? "" : form.organiser().strip();
        if (organiser.length() > TrainingRecord.ORGANISER_MAX) {
            problems.add(FieldProblem.of("organiser", "registry.training.organiser.size"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Officer trainee = officer.get();
        return new TrainingRecord(id, trainee.region(), trainee.agencyId(), trainee.id(), course, trainedOn,
                hours.setScale(1), organiser.isEmpty() ? null : organiser, form.version());
    }
}
