package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.fazhi.casework.CaseReference;
import org.fazhi.casework.CaseDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.files.Acceptance;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.WorkdayCalendar;
import org.fazhi.supervision.NewFinding;
import org.fazhi.supervision.OpinionEscalated;
import org.fazhi.supervision.RecordLink;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 监督意见书 and what follows them: a supervisor issues one to an agency for its findings in a round, or for one
 * record (个案监督); the agency's legal office answers with measures and evidence; a supervisor accepts or returns
 * them (the agency never accepts its own); overdue ones escalate to a 监督决定书 and an interview (约谈).
 */
@Service
class Opinions {

    static final Acceptance EVIDENCE = Acceptance.of("evidence", "supervision.rectification.evidence",
            FileKind.PDF, FileKind.DOC, FileKind.DOCX, FileKind.JPEG, FileKind.PNG).atMost(20L * 1024 * 1024);
    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    /** A supervisor's opinion about one record, outside any round. */
    record IndividualForm(@Nullable String subject, @Nullable Long agencyId, @Nullable String typeCode,
                          @Nullable String description) {
    }

    private final OpinionRepository opinions;
    private final RectificationRepository rectifications;
    private final FindingRepository findings;
    private final FindingBook book;
    private final RoundRepository rounds;
    private final SupervisionNumbers numbers;
    private final Letters letters;
    private final CaseDirectory cases;
    private final SupervisedAgencies agencies;
    private final StoredFiles files;
    private final RoundProperties rules;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Opinions(OpinionRepository opinions, RectificationRepository rectifications, FindingRepository findings,
             FindingBook book, RoundRepository rounds, SupervisionNumbers numbers, Letters letters,
             CaseDirectory cases, SupervisedAgencies agencies, StoredFiles files, RoundProperties rules,
             TransactionTemplate transaction,
             ApplicationEventPublisher events, Clock clock) {
        this.opinions = opinions;
        this.rectifications = rectifications;
        this.findings = findings;
        this.book = book;
        this.rounds = rounds;
        this.numbers = numbers;
        this.letters = letters;
        this.cases = cases;
        this.agencies = agencies;
        this.files = files;
        this.rules = rules;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** The agency's findings in the round not yet in an opinion go into a new, numbered one. */
    Opinion issueForRound(SignedInUser user, long roundId, long agencyId) {
        Callers.requireSupervisor(user);
        SupervisionRound round = rounds.find(roundId).filter(r -> user.scope().coversRegion(r.county()))
                .orElseThrow(() -> new NotFound(SupervisionRound.RECORD_TYPE, roundId));
        round.requireOpen();
        round.requireCovers(agencyId);
        return inTransaction(() -> {
            List<Long> open = findings.unissued(roundId, agencyId);
            if (open.isEmpty()) {
                throw RuleViolation.of("supervision.opinion.no-findings");
            }
            return issue(user, round.county(), agencyId, round, null, open);
        });
    }

    /** 个案监督: the problem with one record, addressed to its agency (a case's agency as casework says). */
    Opinion issueForRecord(SignedInUser user, IndividualForm form) {
        Callers.requireSupervisor(user);
        if (form.subject() == null || form.subject().isBlank()) {
            throw InvalidInput.of("subject", "supervision.opinion.subject.required");
        }
        RecordLink subject = RecordLink.parse(form.subject(), "subject");
        long agencyId = agencyOf(user, subject, form.agencyId());
        RegionCode county = user.region().county();
        return inTransaction(() -> {
            long finding = book.record(new NewFinding("individual", county, agencyId, form.typeCode(),
                    form.description(), subject, user.getUsername()), null);
            return issue(user, county, agencyId, null, subject, List.of(finding));
        });
    }

    /** What the new-opinion page is prefilled with for a record: its agency when casework knows it. */
    IndividualForm prefill(SignedInUser user, @Nullable String subject) {
        Callers.requireSupervisor(user);
        if (subject == null || subject.isBlank()) {
            return new IndividualForm(null, null, null, null);
        }
        RecordLink link = RecordLink.parse(subject, "subject");
        return new IndividualForm(link.toString(), agencyOf(user, link, null), null, null);
    }

    /** The agency's legal office answers with measures (整改措施) and evidence. */
    Opinion answer(SignedInUser user, long id, @Nullable String measures, List<Upload> evidence) {
        Opinion seen = visible(user, id);
        if (!Callers.isLegalOfficeOf(user, seen.agencyId())) {
            throw new AccessDeniedException("supervision.opinion.legal-office-only");
        }
        String text = measures == null ? "" : measures.strip();
        if (text.length() < 2 || text.length() > 4000) {
            throw InvalidInput.of("measures", "supervision.rectification.measures.length");
        }
        return inTransaction(() -> {
            Opinion before = opinions.lock(id);
            Opinion after = before.answered();
            long rectification = rectifications.insert(after, text, user.getUsername(), today());
            for (Upload upload : evidence) {
                files.store(FileOwner.of(Rectification.RECORD_TYPE, rectification, after.county()), upload, EVIDENCE,
                        user.getUsername());
            }
            events.publishEvent(DataChanged.created(Rectification.RECORD_TYPE, rectification, after.county(),
                    List.of("measures", "evidence")));
            return save(after);
        });
    }

    /** 整改验收: a supervisor finds the measures sufficient. The agency cannot accept its own. */
    Opinion accept(SignedInUser user, long id) {
        Opinion seen = visible(user, id);
        Callers.requireSupervisor(user);
        return inTransaction(() -> {
            Opinion before = opinions.lock(id);
            Rectification answer = rectifications.submitted(id, before.county())
                    .orElseThrow(() -> new RuleViolation("supervision.opinion.not-answered", Opinion.BASIS));
            Opinion after = before.accepted(user.getUsername(), today(), answer.submittedOn());
            rectifications.review(answer.id(), "ACCEPTED", user.getUsername(), today(), null);
            return save(after);
        });
    }

    /** A supervisor returns the measures as insufficient, saying why; the agency answers again. */
    Opinion giveBack(SignedInUser user, long id, @Nullable String note) {
        visible(user, id);
        Callers.requireSupervisor(user);
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw InvalidInput.of("note", "supervision.rectification.note.required");
        }
        return inTransaction(() -> {
            Opinion before = opinions.lock(id);
            Rectification answer = rectifications.submitted(id, before.county())
                    .orElseThrow(() -> new RuleViolation("supervision.opinion.not-answered", Opinion.BASIS));
            Opinion after = before.returned();
            rectifications.review(answer.id(), "RETURNED", user.getUsername(), today(), note.strip());
            return save(after);
        });
    }

    /**
     * The escalation pass: each opinion unanswered past its deadline gets its 监督决定书 (numbered, with a new
     * deadline) and an interview. Idempotent: an escalated opinion is never escalated again.
     */
    int escalateOverdue(LocalDate today) {
        int escalated = 0;
        for (long id : opinions.overdue(today)) {
            Boolean done = transaction.execute(status -> {
                Opinion before = opinions.lock(id);
                if (!before.isOverdueOn(today)) {
                    return false;
                }
                String number = numbers.next(before.county(), today.getYear(), SupervisionNumbers.Kind.DECISION);
                LocalDate deadline = CALENDAR.addWorkingDays(today, rules.decisionWithinWorkingDays());
                LocalDate interviewOn = CALENDAR.addWorkingDays(today, rules.interviewWithinWorkingDays());
                Opinion after = before.escalatedTo(number, today, deadline);
                opinions.save(after);
                opinions.saveDecisionDocument(id, letters.decision(after, findings.ofOpinion(id), interviewOn));
                rectifications.scheduleInterview(after, interviewOn);
                changed(after);
                events.publishEvent(new OpinionEscalated(id, after.number(), number, after.county(),
                        after.agencyId(), today));
                return true;
            });
            escalated += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return escalated;
    }

    /** 约谈 held: with whom and what was said. */
    void recordInterview(SignedInUser user, long id, @Nullable LocalDate heldOn, @Nullable String interviewee,
                         @Nullable String record) {
        visible(user, id);
        Callers.requireSupervisor(user);
        if (heldOn == null || heldOn.isAfter(today())) {
            throw InvalidInput.of("heldOn", "supervision.interview.held-on.required");
        }
        if (interviewee == null || interviewee.isBlank() || interviewee.length() > 60) {
            throw InvalidInput.of("interviewee", "supervision.interview.interviewee.required");
        }
        if (record == null || record.isBlank() || record.length() > 4000) {
            throw InvalidInput.of("record", "supervision.interview.record.required");
        }
        rectifications.interview(id).orElseThrow(() -> RuleViolation.of("supervision.interview.none"));
        rectifications.recordInterview(id, heldOn, interviewee.strip(), record.strip());
    }

    Opinion get(SignedInUser user, long id) {
        return visible(user, id);
    }

    Page<OpinionRepository.Row> search(SignedInUser user, OpinionRepository.Search search, PageRequest page) {
        Callers.requireReader(user);
        return opinions.search(user.scope(), search, today(), page);
    }

    List<Finding> findingsOf(Opinion o) {
        return findings.ofOpinion(o.id());
    }

    List<Rectification> rectificationsOf(Opinion o) {
        return rectifications.of(o.id(), o.county());
    }

    java.util.Optional<RectificationRepository.Interview> interviewOf(Opinion o) {
        return rectifications.interview(o.id());
    }

    /** The 监督意见书, or with {@code decision} the 监督决定书, as issued. */
    byte[] document(SignedInUser user, long id, boolean decision) {
        Opinion o = visible(user, id);
        return opinions.document(id, decision).orElseGet(() -> rendered(o, decision));
    }

    /** Generated history keeps no documents: they are rendered from the record when read. */
    private byte[] rendered(Opinion o, boolean decision) {
        if (decision && o.decisionNumber() == null) {
            throw new NotFound(Opinion.RECORD_TYPE, o.id());
        }
        List<Finding> listed = findings.ofOpinion(o.id());
        return decision ? letters.decision(o, listed, CALENDAR.addWorkingDays(o.decidedOn() == null ? o.issuedOn()
                : o.decidedOn(), rules.interviewWithinWorkingDays()))
                : letters.opinion(o, o.roundId() == null ? null : rounds.find(o.roundId()).orElse(null), listed);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Opinion issue(SignedInUser user, RegionCode county, long agencyId, @Nullable SupervisionRound round,
                          @Nullable RecordLink subject, List<Long> findingIds) {
        LocalDate today = today();
        WorkdayCalendar.Deadline deadline = CALENDAR.deadlineAfterWorkingDays(today, rules.rectifyWithinWorkingDays());
        String number = numbers.next(county, today.getYear(), SupervisionNumbers.Kind.OPINION);
        Opinion draft = new Opinion(0, county.county(), agencyId, round == null ? null : round.id(), subject, number,
                today, deadline.date(), deadline.provisional(), OpinionState.ISSUED, user.getUsername(), null, null,
                null, null, null, null, 0);
        // The document lists the findings; they are assigned first so that it reads them as the opinion's.
        long id = opinions.insert(draft, new byte[0]);
        findings.assign(findingIds, id);
        Opinion issued = opinions.find(id).orElseThrow();
        opinions.saveDocument(id, letters.opinion(issued, round, findings.ofOpinion(id)));
        events.publishEvent(DataChanged.created(Opinion.RECORD_TYPE, id, county, List.of("number", "deadline")));
        return issued;
    }

    private long agencyOf(SignedInUser user, RecordLink subject, @Nullable Long given) {
        if (subject.isCase()) {
            CaseReference found = cases.of(subject.id())
                    .filter(c -> user.scope().coversRegion(c.county()))
                    .orElseThrow(() -> InvalidInput.of("subject", "supervision.opinion.subject.unknown", subject));
            return found.agencyId();
        }
        if (given == null || !agencies.isIn(given, user.region().county())) {
            throw InvalidInput.of("agencyId", "supervision.opinion.agency.required");
        }
        return given;
    }

    private Opinion visible(SignedInUser user, long id) {
        Callers.requireReader(user);
        return opinions.find(id).filter(o -> Callers.sees(user, o.county(), o.agencyId()))
                .orElseThrow(() -> new NotFound(Opinion.RECORD_TYPE, id));
    }

    private Opinion save(Opinion after) {
        opinions.save(after);
        changed(after);
        return opinions.find(after.id()).orElseThrow();
    }

    private void changed(Opinion after) {
        events.publishEvent(DataChanged.updated(Opinion.RECORD_TYPE, after.id(), after.county(), List.of("state")));
    }

    private Opinion inTransaction(Supplier<Opinion> work) {
        return Objects.requireNonNull(transaction.execute(status -> work.get()));
    }
}
