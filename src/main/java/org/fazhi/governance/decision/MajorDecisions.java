package org.fazhi.governance.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.fazhi.governance.input.StepInput;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The county's major decisions. The justice bureau (SUPERVISOR) keeps the yearly catalogue (items, publication),
 * records the legality review and may record every other step; the undertaking agency's legal office (AGENCY_ADMIN)
 * records its own decisions' other procedures, the decision and the post-evaluation; leaders read. A decision outside
 * the caller's scope is not found (404); a step that is not the caller's is refused (403).
 */
@Service
class MajorDecisions {

    static final StepInput INPUT = new StepInput("governance.decision.");

    private final DecisionRepository repository;
    private final DecisionProperties settings;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MajorDecisions(DecisionRepository repository, DecisionProperties settings, AgencyDirectory agencies,
                   TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.agencies = agencies;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    Page<DecisionRepository.Row> search(SignedInUser user, DecisionRepository.Search search, PageRequest page) {
        requireReader(user);
        return repository.search(user.scope(), search, page);
    }

    List<DecisionRepository.Catalogue> catalogues(SignedInUser user) {
        requireReader(user);
        return repository.catalogues(user.scope());
    }

    MajorDecision get(SignedInUser user, long id) {
        return visible(user, id);
    }

    /** 列入目录: a decision of the year's catalogue, undertaken by an agency of the county. */
    MajorDecision plan(SignedInUser user, @Nullable Integer year, @Nullable Long agencyId, @Nullable String title) {
        requireBureau(user);
        int catalogueYear = INPUT.chosen("year", year);
        if (catalogueYear < 2000 || catalogueYear > today().getYear() + 1) {
            throw InvalidInput.of("year", "governance.decision.year.range", today().getYear() + 1);
        }
        long agency = INPUT.chosen("agencyId", agencyId);
        if (agencies.within(user.scope()).stream().noneMatch(a -> a.id() == agency)) {
            throw InvalidInput.of("agencyId", "governance.decision.agencyId.required");
        }
        String subject = INPUT.text("title", title);
        return Objects.requireNonNull(transaction.execute(status -> {
            long catalogue = repository.catalogueOf(user.region().county(), catalogueYear, user.getUsername());
            MajorDecision d = MajorDecision.planned(new MajorDecision.Item(catalogue, user.region().county(), agency,
                    subject));
            long id = repository.insert(d, user.getUsername());
            events.publishEvent(DataChanged.created(DecisionRepository.RECORD_TYPE, id, user.region().county(),
                    List.of("title")));
            return repository.find(id).orElseThrow();
        }));
    }

    /** 目录公布. */
    DecisionRepository.Catalogue publishCatalogue(SignedInUser user, long id, @Nullable LocalDate on) {
        requireBureau(user);
        DecisionRepository.Catalogue catalogue = repository.catalogue(user.scope(), id)
                .orElseThrow(() -> new NotFound(DecisionRepository.CATALOGUE_TYPE, id));
        LocalDate day = INPUT.pastDay("on", on, today());
        transaction.executeWithoutResult(status -> {
            repository.publishCatalogue(id, day);
            events.publishEvent(DataChanged.updated(DecisionRepository.CATALOGUE_TYPE, id, catalogue.county(),
                    List.of("publishedOn")));
        });
        return repository.catalogue(user.scope(), id).orElseThrow();
    }

    /** 履行程序: the legality review is the bureau's; the others the undertaking agency's or the bureau's. */
    MajorDecision record(SignedInUser user, long id, @Nullable DecisionStepKind kind, @Nullable LocalDate on,
                         @Nullable String evidence) {
        DecisionStepKind step = INPUT.chosen("kind", kind);
        LocalDate day = INPUT.pastDay("on", on, today());
        String text = INPUT.text("evidence", evidence);
        if (step == DecisionStepKind.LEGALITY_REVIEW) {
            visible(user, id);
            requireBureau(user);
            return change(id, d -> d.record(step, new MajorDecision.Step(day, text, user.displayName())));
        }
        return undertaking(user, id, d -> d.record(step, new MajorDecision.Step(day, text, user.displayName())));
    }

    /** 作出决策: refused while a required procedure is missing. */
    MajorDecision decide(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String note) {
        LocalDate day = INPUT.pastDay("on", on, today());
        String text = INPUT.text("note", note);
        return undertaking(user, id, d -> d.decide(day, text, required()));
    }

    MajorDecision evaluate(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String conclusion) {
        LocalDate day = INPUT.pastDay("on", on, today());
        String text = INPUT.text("evaluation", conclusion);
        return undertaking(user, id, d -> d.evaluate(day, text));
    }

    Set<DecisionStepKind> required() {
        return settings.required();
    }

    boolean isBureau(SignedInUser user) {
        return user.hasRole(Role.SUPERVISOR);
    }

    boolean isUndertaking(SignedInUser user, MajorDecision d) {
        return isBureau(user) || user.hasRole(Role.AGENCY_ADMIN)
                && Objects.equals(user.agencyId(), d.item().agencyId());
    }

    int yearOf(MajorDecision d) {
        return repository.yearOf(d);
    }

    String agencyName(long agencyId) {
        return agencies.nameOf(agencyId).orElse(Long.toString(agencyId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private MajorDecision undertaking(SignedInUser user, long id, Consumer<MajorDecision> step) {
        if (!isUndertaking(user, visible(user, id))) {
            throw new AccessDeniedException("governance.decision.undertaking-only");
        }
        return change(id, step);
    }

    private MajorDecision change(long id, Consumer<MajorDecision> step) {
        return Objects.requireNonNull(transaction.execute(status -> {
            MajorDecision d = repository.lock(id);
            step.accept(d);
            repository.save(d);
            events.publishEvent(DataChanged.updated(DecisionRepository.RECORD_TYPE, id, d.item().county(),
                    List.of("steps", "outcome")));
            return repository.find(id).orElseThrow();
        }));
    }

    private MajorDecision visible(SignedInUser user, long id) {
        requireReader(user);
        return repository.find(id).filter(d -> user.scope().covers(d.item().county(), d.item().agencyId()))
                .orElseThrow(() -> new NotFound(DecisionRepository.RECORD_TYPE, id));
    }

    private void requireBureau(SignedInUser user) {
        if (!isBureau(user)) {
            throw new AccessDeniedException("governance.decision.bureau-only");
        }
    }

    private static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.LEADER, Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("governance.decision.readers-only");
        }
    }
}
