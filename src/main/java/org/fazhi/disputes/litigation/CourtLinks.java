package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 府院联动: the followers record the county's meetings with the courts and list the issues to resolve, each given to
 * an agency, and revise an issue while it is open; the agency's legal office sees its own issues and records their
 * resolution; leaders read.
 */
@Service
class CourtLinks {

    /** A meeting as recorded. */
    record MeetingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
                       @Nullable String participants, @Nullable String topics) {
    }

    /** An issue as listed; {@code meetingId} when a meeting raised it. */
    record IssueForm(@Nullable Long meetingId, @Nullable String issue, @Nullable Long agencyId,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn) {
    }

    /** An issue as revised: its wording, agency and due day, and the version read (a later save refuses this one). */
    record IssueRevision(@Nullable String issue, @Nullable Long agencyId,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
                         @Nullable Integer version) {

        static IssueRevision of(CourtLinkIssue i) {
            return new IssueRevision(i.issue(), i.agencyId(), i.dueOn(), i.version());
        }
    }

    /** A resolution as recorded: the day (today if none) and how the issue was resolved. */
    record Resolution(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                      @Nullable String resolution) {
    }

    private final CourtLinkRepository repository;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourtLinks(CourtLinkRepository repository, AgencyDirectory agencies, TransactionTemplate transaction,
               ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.agencies = agencies;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    List<CourtLinkMeeting> meetings(SignedInUser user, int year) {
        Followers.requireReader(user);
        return repository.meetings(user.region().county(), year);
    }

    /** The county's meetings as the list's filters say; each with the counts of the issues the user may see. */
    Page<CourtLinkRepository.MeetingRow> search(SignedInUser user, CourtLinkRepository.Search search,
                                                PageRequest page) {
        Followers.requireReader(user);
        return repository.search(user.region().county(), user.scope(), search, today(), page);
    }

    /** A meeting of the user's county; another county's is not found. */
    CourtLinkMeeting meeting(SignedInUser user, long id) {
        Followers.requireReader(user);
        return repository.meeting(id).filter(m -> m.county().equals(user.region().county()))
                .orElseThrow(() -> new NotFound(CourtLinkRepository.MEETING_TYPE, id));
    }

    /** The meeting's issues the user may see (an agency's legal office: its own), open ones first. */
    List<CourtLinkIssue> issuesOf(SignedInUser user, CourtLinkMeeting meeting) {
        Followers.requireReader(user);
        return repository.issuesOf(meeting.id(), user.scope());
    }

    boolean mayFollow(SignedInUser user) {
        return Followers.mayFollow(user);
    }

    boolean mayResolve(SignedInUser user, CourtLinkIssue issue) {
        return issue.resolvedOn() == null && (Followers.mayFollow(user) || Followers.isAgency(user, issue.agencyId()));
    }

    String agencyName(long agencyId) {
        return agencies.nameOf(agencyId).orElse(Long.toString(agencyId));
    }

    /** The names of these agencies, read at once (an export's rows). */
    Map<Long, String> agencyNames(Collection<Long> agencyIds) {
        return agencies.namesOf(agencyIds);
    }

    List<CourtLinkIssue> issues(SignedInUser user) {
        Followers.requireReader(user);
        return repository.issues(user.scope());
    }

    /** The issues the user may see (an agency's legal office: its own) as the list's filters say, open ones first. */
    Page<CourtLinkIssue> searchIssues(SignedInUser user, CourtLinkRepository.IssueSearch search, PageRequest page) {
        Followers.requireReader(user);
        return repository.issues(user.scope(), search, today(), page);
    }

    List<CourtLinkRepository.MeetingOption> meetingOptions(SignedInUser user) {
        Followers.requireReader(user);
        return repository.meetingOptions(user.region().county());
    }

    CourtLinkMeeting hold(SignedInUser user, MeetingForm f) {
        Followers.requireFollower(user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate held = f.heldOn() == null ? today() : f.heldOn();
        if (held.isAfter(today())) {
            problems.add(FieldProblem.of("heldOn", "disputes.court-link.heldOn.future"));
        }
        String participants = text(problems, "participants", f.participants());
        String topics = text(problems, "topics", f.topics());
        check(problems);
        CourtLinkMeeting m = new CourtLinkMeeting(0, user.region().county(), held, participants, topics);
        long id = audited(CourtLinkRepository.MEETING_TYPE, m.county(), List.of("heldOn", "participants", "topics"),
                () -> repository.insert(m));
        return repository.meeting(id).orElseThrow();
    }

    CourtLinkIssue list(SignedInUser user, IssueForm f) {
        Followers.requireFollower(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (f.meetingId() != null && repository.meeting(f.meetingId())
                .filter(m -> user.scope().coversRegion(m.county())).isEmpty()) {
            problems.add(FieldProblem.of("meetingId", "disputes.court-link.meetingId.unknown"));
        }
        String issue = listing(problems, user, f.issue(), f.agencyId(), f.dueOn());
        check(problems);
        CourtLinkIssue listed = new CourtLinkIssue(0, user.region().county(), f.meetingId(), issue, f.agencyId(),
                f.dueOn(), null, null, 0);
        long id = audited(CourtLinkRepository.RECORD_TYPE, listed.county(), List.of("issue", "agencyId", "dueOn"),
                () -> repository.insert(listed));
        return repository.issue(id).orElseThrow();
    }

    /** An issue the user may revise: in scope (else not found), by a follower. */
    CourtLinkIssue issueToRevise(SignedInUser user, long id) {
        CourtLinkIssue seen = issueInScope(user, id);
        Followers.requireFollower(user);
        return seen;
    }

    /** 修改: by a follower, while the issue is open; audited with the fields that changed. */
    CourtLinkIssue revise(SignedInUser user, long id, IssueRevision r) {
        issueToRevise(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        String issue = listing(problems, user, r.issue(), r.agencyId(), r.dueOn());
        if (r.version() == null) {
            problems.add(FieldProblem.of("version", "disputes.court-link.version.required"));
        }
        check(problems);
        return Objects.requireNonNull(transaction.execute(status -> {
            CourtLinkIssue read = repository.issue(id).orElseThrow();
            CourtLinkIssue revised = read.revised(issue, r.agencyId(), r.dueOn(), r.version());
            repository.revise(revised);
            events.publishEvent(DataChanged.updated(CourtLinkRepository.RECORD_TYPE, id, read.county(),
                    revised.changedFrom(read)));
            return repository.issue(id).orElseThrow();
        }));
    }

    /** An issue the user may record the resolution of: in scope (else not found), by a follower or its agency. */
    CourtLinkIssue issueToResolve(SignedInUser user, long id) {
        CourtLinkIssue seen = issueInScope(user, id);
        Followers.requireFollowerOrAgency(user, seen.agencyId());
        return seen;
    }

    private CourtLinkIssue issueInScope(SignedInUser user, long id) {
        Followers.requireReader(user);
        return repository.issue(id).filter(i -> user.scope().covers(i.county(), i.agencyId()))
                .orElseThrow(() -> new NotFound(CourtLinkRepository.RECORD_TYPE, id));
    }

    /** 化解: by a follower or the agency responsible. */
    CourtLinkIssue resolve(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String how) {
        issueToResolve(user, id);
        LocalDate day = on == null ? today() : on;
        List<FieldProblem> problems = new ArrayList<>();
        if (day.isAfter(today())) {
            problems.add(FieldProblem.of("on", "disputes.court-link.on.future"));
        }
        String text = text(problems, "resolution", how);
        check(problems);
        return Objects.requireNonNull(transaction.execute(status -> {
            CourtLinkIssue resolved = repository.issue(id).orElseThrow().resolved(day, text);
            repository.save(resolved);
            events.publishEvent(DataChanged.updated(CourtLinkRepository.RECORD_TYPE, id, resolved.county(),
                    List.of("resolvedOn", "resolution")));
            return repository.issue(id).orElseThrow();
        }));
    }

    /** Inserts a record and its audit entry in one transaction; the record's id. */
    private long audited(String recordType, RegionCode county, List<String> fields, LongSupplier insert) {
        return Objects.requireNonNull(transaction.execute(status -> {
            long id = insert.getAsLong();
            events.publishEvent(DataChanged.created(recordType, id, county, fields));
            return id;
        }));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** An issue's wording, agency (one of the user's scope) and due day, as listed or revised; the wording. */
    private String listing(List<FieldProblem> problems, SignedInUser user, @Nullable String issue,
                           @Nullable Long agencyId, @Nullable LocalDate dueOn) {
        String wording = text(problems, "issue", issue);
        if (agencyId == null || agencies.find(agencyId).filter(a -> user.scope().coversRegion(a.region())).isEmpty()) {
            problems.add(FieldProblem.of("agencyId", "disputes.court-link.agencyId.required"));
        }
        if (dueOn == null) {
            problems.add(FieldProblem.of("dueOn", "disputes.court-link.dueOn.required"));
        }
        return wording;
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
