package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.AgencyDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 府院联动: the followers record the county's meetings with the courts and list the issues to resolve, each given to
 * an agency; the agency's legal office sees its own issues and records their resolution; leaders read.
 */
@Service
class CourtLinks {

    /** A meeting as recorded. */
    record MeetingForm(@Nullable LocalDate heldOn, @Nullable String participants, @Nullable String topics) {
    }

    /** An issue as listed; {@code meetingId} when a meeting raised it. */
    record IssueForm(@Nullable Long meetingId, @Nullable String issue, @Nullable Long agencyId,
                     @Nullable LocalDate dueOn) {
    }

    private final CourtLinkRepository repository;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CourtLinks(CourtLinkRepository repository, AgencyDirectory agencies, TransactionTemplate transaction,
               Clock clock) {
        this.repository = repository;
        this.agencies = agencies;
        this.transaction = transaction;
        this.clock = clock;
    }

    List<CourtLinkMeeting> meetings(SignedInUser user, int year) {
        Followers.requireReader(user);
        return repository.meetings(user.region().county(), year);
    }

    List<CourtLinkIssue> issues(SignedInUser user) {
        Followers.requireReader(user);
        return repository.issues(user.scope());
    }

    CourtLinkMeeting hold(SignedInUser user, MeetingForm f) {
        Followers.requireFollower(user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate held = f.heldOn() == null ? today() : f.heldOn();
        if (held.isAfter(today())) {
            problems.add(FieldProblem.of("heldOn", "disputes.litigation.date.future"));
        }
        String participants = text(problems, "participants", f.participants());
        String topics = text(problems, "topics", f.topics());
        check(problems);
        CourtLinkMeeting m = new CourtLinkMeeting(0, user.region().county(), held, participants, topics);
        long id = repository.insert(m);
        return repository.meeting(id).orElseThrow();
    }

    CourtLinkIssue list(SignedInUser user, IssueForm f) {
        Followers.requireFollower(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (f.meetingId() != null && repository.meeting(f.meetingId())
                .filter(m -> user.scope().coversRegion(m.county())).isEmpty()) {
            problems.add(FieldProblem.of("meetingId", "disputes.court-link.meetingId.unknown"));
        }
        String issue = text(problems, "issue", f.issue());
        if (f.agencyId() == null || agencies.find(f.agencyId())
                .filter(a -> user.scope().coversRegion(a.region())).isEmpty()) {
            problems.add(FieldProblem.of("agencyId", "disputes.court-link.agencyId.required"));
        }
        if (f.dueOn() == null) {
            problems.add(FieldProblem.of("dueOn", "disputes.court-link.dueOn.required"));
        }
        check(problems);
        long id = repository.insert(new CourtLinkIssue(0, user.region().county(), f.meetingId(), issue, f.agencyId(),
                f.dueOn(), null, null, 0));
        return repository.issue(id).orElseThrow();
    }

    /** 化解: by a follower or the agency responsible. */
    CourtLinkIssue resolve(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String how) {
        Followers.requireReader(user);
        CourtLinkIssue seen = repository.issue(id).filter(i -> user.scope().covers(i.county(), i.agencyId()))
                .orElseThrow(() -> new NotFound(CourtLinkRepository.RECORD_TYPE, id));
        Followers.requireFollowerOrAgency(user, seen.agencyId());
        LocalDate day = on == null ? today() : on;
        List<FieldProblem> problems = new ArrayList<>();
        if (day.isAfter(today())) {
            problems.add(FieldProblem.of("on", "disputes.litigation.date.future"));
        }
        String text = text(problems, "resolution", how);
        check(problems);
        return Objects.requireNonNull(transaction.execute(status -> {
            CourtLinkIssue resolved = repository.issue(id).orElseThrow().resolved(day, text);
            repository.save(resolved);
            return repository.issue(id).orElseThrow();
        }));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String text(List<FieldProblem> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "disputes.court-link." + field + ".required"));
            return "";
        }
        if (value.strip().length() > LawsuitForm.TEXT_MAX) {
            problems.add(FieldProblem.of(field, "disputes.litigation.text.too-long", LawsuitForm.TEXT_MAX));
        }
        return value.strip();
    }
}
