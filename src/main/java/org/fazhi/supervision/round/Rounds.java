package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.SupervisionCertificates;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.NewFinding;
import org.fazhi.supervision.RecordLink;
import org.fazhi.supervision.SupervisionRoundClosed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision rounds: a supervisor of the county opens one over some agencies, a period and topics, with the
 * supervisors on it (each holding a valid 行政执法监督证); supervisors record findings; closing it fixes each
 * agency's score and grade for its assessment. Agencies see the rounds that cover them and their own findings.
 */
@Service
class Rounds {

    /** A problem a supervisor found with an agency in the round. */
    record FindingForm(@Nullable Long agencyId, @Nullable String typeCode, @Nullable String description,
                       @Nullable String subject) {
    }

    private final RoundRepository rounds;
    private final FindingRepository findings;
    private final FindingBook book;
    private final OpinionRepository opinions;
    private final SupervisionCertificates certificates;
    private final SupervisedAgencies agencies;
    private final RoundProperties rules;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rounds(RoundRepository rounds, FindingRepository findings, FindingBook book, OpinionRepository opinions,
           SupervisionCertificates certificates, SupervisedAgencies agencies, RoundProperties rules,
           TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.findings = findings;
        this.book = book;
        this.opinions = opinions;
        this.certificates = certificates;
        this.agencies = agencies;
        this.rules = rules;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    SupervisionRound open(SignedInUser user, RoundForm form) {
        Callers.requireSupervisor(user);
        RegionCode county = user.region().county();
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.length() < 2 || title.length() > 80) {
            problems.add(InvalidInput.FieldProblem.of("title", "supervision.round.title.length"));
        }
        if (form.periodFrom() == null || form.periodTo() == null || form.periodTo().isBefore(form.periodFrom())) {
            problems.add(InvalidInput.FieldProblem.of("periodTo", "supervision.round.period.invalid"));
        }
        String topics = form.topics() == null ? "" : form.topics().strip();
        if (topics.length() > 1000) {
            problems.add(InvalidInput.FieldProblem.of("topics", "supervision.round.topics.length"));
        }
        List<Long> agencyIds = List.copyOf(new LinkedHashSet<>(Objects.requireNonNullElse(form.agencyIds(),
                List.<Long>of())));
        if (agencyIds.isEmpty()) {
            problems.add(InvalidInput.FieldProblem.of("agencyIds", "supervision.round.agencies.required"));
        }
        agencyIds.stream().filter(id -> !agencies.isIn(id, county)).findFirst().ifPresent(id ->
                problems.add(InvalidInput.FieldProblem.of("agencyIds", "supervision.round.agency.unknown", id)));
        List<SupervisionRound.Supervisor> supervisors = supervisors(form.supervisorIds(), county, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = Objects.requireNonNull(transaction.execute(status -> rounds.insert(county,
                Objects.requireNonNullElse(form.kind(), RoundKind.ROUTINE), title, form.periodFrom(),
                form.periodTo(), topics, user.getUsername(), agencyIds, supervisors)));
        events.publishEvent(DataChanged.created(SupervisionRound.RECORD_TYPE, id, county,
                List.of("title", "period", "agencies", "supervisors")));
        return rounds.find(id).orElseThrow();
    }

    /** Each supervisor must hold a 行政执法监督证 valid today (河南省行政执法条例). */
    private List<SupervisionRound.Supervisor> supervisors(@Nullable List<Long> ids, RegionCode county,
                                                          List<InvalidInput.FieldProblem> problems) {
        List<SupervisionRound.Supervisor> found = new ArrayList<>();
        for (long officerId : new LinkedHashSet<>(Objects.requireNonNullElse(ids, List.<Long>of()))) {
            certificates.of(officerId, today()).filter(holder -> agencies.isIn(holder.agencyId(), county))
                    .ifPresentOrElse(holder -> found.add(new SupervisionRound.Supervisor(holder.officerId(),
                                    holder.name(), holder.certificateNumber())),
                            () -> problems.add(InvalidInput.FieldProblem.of("supervisorIds",
                                    "supervision.round.supervisor.uncertified", officerId)));
        }
        if (found.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("supervisorIds"))) {
            problems.add(InvalidInput.FieldProblem.of("supervisorIds", "supervision.round.supervisors.required"));
        }
        return found;
    }

    /** The county's supervisors today: whom a new round may name. */
    List<SupervisionCertificates.Holder> eligibleSupervisors(SignedInUser user) {
        Callers.requireSupervisor(user);
        return certificates.holdersIn(user.region().county(), today());
    }

    long recordFinding(SignedInUser user, long roundId, FindingForm form) {
        Callers.requireSupervisor(user);
        SupervisionRound round = get(user, roundId);
        round.requireOpen();
        if (form.agencyId() == null || !round.covers(form.agencyId())) {
            throw InvalidInput.of("agencyId", "supervision.round.agency-outside");
        }
        RecordLink subject = form.subject() == null || form.subject().isBlank() ? null
                : RecordLink.parse(form.subject(), "subject");
        return Objects.requireNonNull(transaction.execute(status -> book.record(new NewFinding("round:" + roundId,
                round.county(), form.agencyId(), form.typeCode(), form.description(), subject, user.getUsername()),
                roundId)));
    }

    /**
     * Closes the round: each agency scores 100 less {@code pointsPerProblem} a finding and
     * {@code pointsPerEscalation} an escalated opinion, and gets the grade of its score.
     */
    SupervisionRound close(SignedInUser user, long roundId) {
        Callers.requireSupervisor(user);
        get(user, roundId);
        SupervisionRoundClosed closed = Objects.requireNonNull(transaction.execute(status -> {
            SupervisionRound round = rounds.lock(roundId);
            round.requireOpen();
            List<Finding> all = findings.ofRound(roundId, null);
            java.util.Map<Long, Integer> escalated = opinions.escalationsByAgency(roundId);
            List<SupervisionRound.RoundAgency> results = new ArrayList<>();
            List<SupervisionRoundClosed.AgencyResult> published = new ArrayList<>();
            for (SupervisionRound.RoundAgency agency : round.agencies()) {
                int problems = (int) all.stream().filter(f -> f.agencyId() == agency.agencyId()).count();
                int escalations = escalated.getOrDefault(agency.agencyId(), 0);
                int score = Math.max(0, 100 - problems * rules.pointsPerProblem()
                        - escalations * rules.pointsPerEscalation());
                Grade grade = Grade.of(score);
                results.add(new SupervisionRound.RoundAgency(agency.agencyId(), agency.agencyName(), score, grade));
                published.add(new SupervisionRoundClosed.AgencyResult(agency.agencyId(), problems, escalations,
                        score, grade.name()));
            }
            rounds.close(roundId, today(), results);
            return new SupervisionRoundClosed(roundId, round.county(), today(), published);
        }));
        events.publishEvent(closed);
        events.publishEvent(DataChanged.updated(SupervisionRound.RECORD_TYPE, roundId, closed.county(),
                List.of("state", "results")));
        return rounds.find(roundId).orElseThrow();
    }

    SupervisionRound get(SignedInUser user, long id) {
        Callers.requireReader(user);
        return rounds.find(id).filter(r -> visible(user, r))
                .orElseThrow(() -> new NotFound(SupervisionRound.RECORD_TYPE, id));
    }

    /** The round's findings the caller may see: an agency only its own. */
    List<Finding> findingsOf(SignedInUser user, SupervisionRound round) {
        return findings.ofRound(round.id(), user.scope().agencyId());
    }

    Page<RoundRepository.Row> search(SignedInUser user, RoundRepository.Search search, PageRequest page) {
        Callers.requireReader(user);
        return rounds.search(user.scope(), search, page);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean visible(SignedInUser user, SupervisionRound round) {
        Long agency = user.scope().agencyId();
        return user.scope().region().contains(round.county()) && (agency == null || round.covers(agency));
    }
}
