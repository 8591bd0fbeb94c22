package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 府院联动 issues list (重点问题): the followers list an issue for an agency, at a meeting or between meetings,
 * and revise it while it is open; the agency's legal office sees its own issues and records their resolution (化解);
 * leaders read. An issue outside the user's scope is not found. The meetings are {@link CourtLinks}.
 */
@Service
class CourtLinkIssues {

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
    private final CourtLinks courtLinks;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    CourtLinkIssues(CourtLinkRepository repository, CourtLinks courtLinks, AgencyDirectory agencies,
                    TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.repository = repository;
        this.courtLinks = courtLinks;
        this.agencies = agencies;
        this.transaction = transaction;
        this.events = events;
    }

    /** The meeting's issues the user may see (an agency's legal office: its own), open ones first. */
    List<CourtLinkIssue> issuesOf(SignedInUser user, CourtLinkMeeting meeting) {
        Followers.requireReader(user);
        return repository.issuesOf(meeting.id(), user.scope());
    }

    boolean mayResolve(SignedInUser user, CourtLinkIssue issue) {
        return issue.resolvedOn() == null && (Followers.mayFollow(user) || Followers.isAgency(user, issue.agencyId()));
    }

    boolean mayRevise(SignedInUser user, CourtLinkIssue issue) {
        return issue.resolvedOn() == null && Followers.mayFollow(user);
    }

    /** The names of these agencies, read at once (an export's rows). */
    Map<Long, String> agencyNames(Collection<Long> agencyIds) {
        return agencies.namesOf(agencyIds);
    }

    /** The issues the user may see (an agency's legal office: its own) as the list's filters say, open ones first. */
    Page<CourtLinkIssue> search(SignedInUser user, CourtLinkRepository.IssueSearch search, PageRequest page) {
        Followers.requireReader(user);
        return repository.issues(user.scope(), search, today(), page);
    }

    CourtLinkIssue list(SignedInUser user, IssueForm f) {
        Followers.requireFollower(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (f.meetingId() != null && repository.meeting(f.meetingId())
                .filter(m -> user.scope().coversRegion(m.county())).isEmpty()) {
            problems.add(FieldProblem.of("meetingId", "disputes.court-link.meetingId.unknown"));
        }
        String issue = listing(problems, user, f.issue(), f.agencyId(), f.dueOn());
        CourtLinks.check(problems);
        CourtLinkIssue listed = new CourtLinkIssue(0, user.region().county(), f.meetingId(), issue, f.agencyId(),
                f.dueOn(), null, null, 0);
        long id = courtLinks.audited(CourtLinkRepository.RECORD_TYPE, listed.county(),
                List.of("issue", "agencyId", "dueOn"), () -> repository.insert(listed));
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
        CourtLinks.check(problems);
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
        String text = CourtLinks.text(problems, "resolution", how);
        CourtLinks.check(problems);
        return Objects.requireNonNull(transaction.execute(status -> {
            CourtLinkIssue resolved = repository.issue(id).orElseThrow().resolved(day, text);
            repository.save(resolved);
            events.publishEvent(DataChanged.updated(CourtLinkRepository.RECORD_TYPE, id, resolved.county(),
                    List.of("resolvedOn", "resolution")));
            return repository.issue(id).orElseThrow();
        }));
    }

    /** An issue's wording, agency (one of the user's scope) and due day, as listed or revised; the wording. */
    private String listing(List<FieldProblem> problems, SignedInUser user, @Nullable String issue,
                           @Nullable Long agencyId, @Nullable LocalDate dueOn) {
        String wording = CourtLinks.text(problems, "issue", issue);
        if (agencyId == null || agencies.find(agencyId).filter(a -> user.scope().coversRegion(a.region())).isEmpty()) {
            problems.add(FieldProblem.of("agencyId", "disputes.court-link.agencyId.required"));
        }
        if (dueOn == null) {
            problems.add(FieldProblem.of("dueOn", "disputes.court-link.dueOn.required"));
        }
        return wording;
    }

    LocalDate today() {
        return courtLinks.today();
    }
}
