package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.fazhi.disputes.LawsuitLost;
import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The county's follow-up of lawsuits against its agencies. The justice bureau (SUPERVISOR) and the reconsideration
 * body (RECONSIDERATION) of the county register lawsuits and record everything; the defendant agency's legal office
 * (AGENCY_ADMIN) reads its own lawsuits and records their defence and hearings; leaders read. A lawsuit outside the
 * caller's scope is not found (404); a reader who may not act is refused (403). An outcome the county counts as lost
 * publishes {@link LawsuitLost} in the concluding transaction.
 */
@Service
class Lawsuits {

    private final LawsuitRepository repository;
    private final LawsuitForm.Checks checks;
    private final DefenceDeadline defence;
    private final LitigationProperties settings;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Lawsuits(LawsuitRepository repository, LawsuitForm.Checks checks, DefenceDeadline defence,
             LitigationProperties settings, AgencyDirectory agencies, TransactionTemplate transaction,
             ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.checks = checks;
        this.defence = defence;
        this.settings = settings;
        this.agencies = agencies;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    Page<LawsuitRepository.Row> search(SignedInUser user, LawsuitRepository.Search search, PageRequest page) {
        requireReader(user);
        return repository.search(user.scope(), search, today(), page);
    }

    Lawsuit get(SignedInUser user, long id) {
        return visible(user, id);
    }

    /** 收到起诉状副本: registers the lawsuit; the defence is due 15 days after service. */
    Lawsuit register(SignedInUser user, LawsuitForm form) {
        Followers.requireFollower(user);
        Lawsuit.Filing filing = checks.check(user, form, today());
        return Objects.requireNonNull(transaction.execute(status -> {
            long id = repository.insert(Lawsuit.served(filing, defence.after(filing.servedOn()),
                    user.getUsername()));
            events.publishEvent(DataChanged.created(LawsuitRepository.RECORD_TYPE, id, filing.county(),
                    List.of("defenceDueOn")));
            return repository.find(id).orElseThrow();
        }));
    }

    /** 提交答辩状: the follow-up staff or the defendant's own legal office. */
    Lawsuit submitDefence(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = pastDay(on);
        return byDefendant(user, id, s -> s.submitDefence(day), "defenceSubmittedOn");
    }

    /** 开庭 and who appeared for the agency. */
    Lawsuit recordHearing(SignedInUser user, long id, @Nullable LocalDate on, @Nullable Appearance appearance,
                          @Nullable String appearedBy) {
        LocalDate day = pastDay(on);
        if (appearance == null) {
            throw InvalidInput.of("appearance", "disputes.litigation.appearance.required");
        }
        String who = appearedBy == null || appearedBy.isBlank() ? null : appearedBy.strip();
        if (who == null && appearance != Appearance.NONE) {
            throw InvalidInput.of("appearedBy", "disputes.litigation.appearedBy.required");
        }
        return byDefendant(user, id, s -> s.recordHearing(new Lawsuit.Hearing(day, appearance, who)), "hearings");
    }

    /** 结案: the follow-up staff record the outcome; a loss is announced. */
    Lawsuit conclude(SignedInUser user, long id, @Nullable LawsuitOutcome outcome, @Nullable LocalDate on,
                     @Nullable String note) {
        if (outcome == null) {
            throw InvalidInput.of("outcome", "disputes.litigation.outcome.required");
        }
        LocalDate day = pastDay(on);
        String text = note == null || note.isBlank() ? null : note.strip();
        visible(user, id);
        Followers.requireFollower(user);
        return change(id, s -> {
            s.conclude(new Lawsuit.Conclusion(outcome, day, text));
            announce(s);
        }, "outcome");
    }

    /** Whether the user records everything of the county's lawsuits. */
    boolean mayFollow(SignedInUser user) {
        return Followers.mayFollow(user);
    }

    /** The defendant agency's legal office, which records its defence and hearings. */
    boolean isDefendant(SignedInUser user, Lawsuit s) {
        return Followers.isAgency(user, s.filing().agencyId());
    }

    boolean countsAsHeadAppearance(Appearance appearance) {
        return settings.appearancesCounted().contains(appearance);
    }

    String agencyName(long agencyId) {
        return agencies.nameOf(agencyId).orElse(Long.toString(agencyId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void requireReader(SignedInUser user) {
        Followers.requireReader(user);
    }

    private void announce(Lawsuit s) {
        Lawsuit.Conclusion c = Objects.requireNonNull(s.conclusion());
        if (settings.lossRate().isLost(c.outcome())) {
            Lawsuit.Filing f = s.filing();
            events.publishEvent(new LawsuitLost(s.id(), f.county(), f.agencyId(), c.outcome(), f.caseId(),
                    c.decidedOn()));
        }
    }

    private Lawsuit byDefendant(SignedInUser user, long id, Consumer<Lawsuit> step, String field) {
        Lawsuit seen = visible(user, id);
        Followers.requireFollowerOrAgency(user, seen.filing().agencyId());
        return change(id, step, field);
    }

    private Lawsuit change(long id, Consumer<Lawsuit> step, String field) {
        return Objects.requireNonNull(transaction.execute(status -> {
            Lawsuit s = repository.lock(id);
            step.accept(s);
            repository.save(s);
            events.publishEvent(DataChanged.updated(LawsuitRepository.RECORD_TYPE, id, s.filing().county(),
                    List.of(field)));
            return repository.find(id).orElseThrow();
        }));
    }

    private Lawsuit visible(SignedInUser user, long id) {
        requireReader(user);
        return repository.find(id)
                .filter(s -> user.scope().covers(s.filing().county(), s.filing().agencyId()))
                .orElseThrow(() -> new NotFound(LawsuitRepository.RECORD_TYPE, id));
    }

    private LocalDate pastDay(@Nullable LocalDate on) {
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw InvalidInput.of("on", "disputes.litigation.date.future");
        }
        return day;
    }
}
