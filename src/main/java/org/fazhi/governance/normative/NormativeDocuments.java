package org.fazhi.governance.normative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.fazhi.governance.input.StepInput;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
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
 * The county's work on its normative documents. The drafting agency's legal office (AGENCY_ADMIN) registers its own
 * drafts and takes the drafting steps (comment, fair-competition review, deliberation); the justice bureau
 * (SUPERVISOR) of the county takes every step, and alone reviews legality, publishes, records filings and ends
 * documents; leaders read. A document outside the caller's scope is not found (404); a step that is not the caller's
 * is refused (403).
 */
@Service
class NormativeDocuments {

    static final StepInput INPUT = new StepInput("governance.normative.");

    private final NormativeRepository repository;
    private final NormativeTerms terms;
    private final AgencyDirectory agencies;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NormativeDocuments(NormativeRepository repository, NormativeTerms terms, AgencyDirectory agencies,
                       TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.terms = terms;
        this.agencies = agencies;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    Page<NormativeRepository.Row> search(SignedInUser user, NormativeRepository.Search search, PageRequest page) {
        requireReader(user);
        return repository.search(user.scope(), search, today(), terms.remindUntil(today()), page);
    }

    NormativeDocument get(SignedInUser user, long id) {
        return visible(user, id);
    }

    /** 起草登记. */
    NormativeDocument register(SignedInUser user, DraftForm form) {
        requireDrafter(user);
        NormativeDocument.Draft draft = form.check(user, agencies);
        return Objects.requireNonNull(transaction.execute(status -> {
            long id = repository.insert(NormativeDocument.drafted(draft, user.getUsername()));
            events.publishEvent(DataChanged.created(NormativeRepository.RECORD_TYPE, id, draft.county(),
                    List.of("state")));
            return repository.find(id).orElseThrow();
        }));
    }

    NormativeDocument openComment(SignedInUser user, long id, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate start = INPUT.day("from", from);
        LocalDate end = INPUT.day("to", to);
        return drafting(user, id, d -> d.openComment(start, end, terms));
    }

    NormativeDocument closeComment(SignedInUser user, long id, @Nullable LocalDate on, @Nullable Integer received) {
        LocalDate day = INPUT.pastDay("on", on, today());
        int count = INPUT.count("received", received);
        return drafting(user, id, d -> d.closeComment(day, count));
    }

    NormativeDocument reviewLegality(SignedInUser user, long id, @Nullable LocalDate on,
                                     @Nullable LegalityConclusion conclusion, @Nullable String opinion) {
        LocalDate day = INPUT.pastDay("on", on, today());
        LegalityConclusion chosen = INPUT.chosen("conclusion", conclusion);
        String text = INPUT.text("opinion", opinion);
        return bureau(user, id, d -> d.reviewLegality(new NormativeDocument.LegalityReview(user.displayName(), day,
                chosen, text)));
    }

    NormativeDocument reviewFairCompetition(SignedInUser user, long id, @Nullable LocalDate on,
                                            @Nullable FairCompetitionConclusion conclusion) {
        LocalDate day = INPUT.pastDay("on", on, today());
        FairCompetitionConclusion chosen = INPUT.chosen("fairCompetition", conclusion);
        return drafting(user, id, d -> d.reviewFairCompetition(new NormativeDocument.FairCompetitionReview(chosen,
                day)));
    }

    NormativeDocument deliberate(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String meeting) {
        LocalDate day = INPUT.pastDay("on", on, today());
        String text = INPUT.text("meeting", meeting);
        return drafting(user, id, d -> d.deliberate(new NormativeDocument.Deliberation(day, text)));
    }

    /** 统一登记、统一编号、统一发布: the registration number is the county's next of the year. */
    NormativeDocument publish(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String documentNumber,
                              @Nullable String where) {
        LocalDate day = INPUT.pastDay("on", on, today());
        String number = INPUT.text("documentNumber", documentNumber);
        String place = INPUT.text("publishedIn", where);
        return bureau(user, id, d -> d.publish(registrationNumber(d, day), number, day, place, terms));
    }

    NormativeDocument file(SignedInUser user, long id, @Nullable FilingBody body, @Nullable LocalDate on) {
        FilingBody chosen = INPUT.chosen("body", body);
        LocalDate day = INPUT.pastDay("on", on, today());
        return bureau(user, id, d -> d.file(chosen, day));
    }

    NormativeDocument enterIntoForce(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = INPUT.pastDay("on", on, today());
        return bureau(user, id, d -> d.enterIntoForce(day));
    }

    NormativeDocument expire(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String reason) {
        LocalDate day = INPUT.pastDay("on", on, today());
        String text = INPUT.text("reason", reason);
        return bureau(user, id, d -> d.expire(day, text));
    }

    NormativeDocument repeal(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String reason) {
        LocalDate day = INPUT.pastDay("on", on, today());
        String text = INPUT.text("reason", reason);
        return bureau(user, id, d -> d.repeal(day, text));
    }

    /** Within a clean-up campaign's transaction: the disposition applied to the document. */
    void cleanUp(SignedInUser user, long id, CleanupDisposition disposition, LocalDate on, String campaign) {
        visible(user, id);
        requireBureau(user);
        change(id, d -> d.cleanUp(disposition, on, campaign));
    }

    /** The bureau, or an agency's legal office, which drafts for its own agency. */
    void requireDrafter(SignedInUser user) {
        if (!mayDraft(user)) {
            throw new AccessDeniedException("governance.normative.drafters-only");
        }
    }

    boolean mayDraft(SignedInUser user) {
        return user.hasRole(Role.SUPERVISOR, Role.AGENCY_ADMIN);
    }

    /** Whether the user takes the bureau's steps (its scope keeps it in its county). */
    boolean isBureau(SignedInUser user) {
        return user.hasRole(Role.SUPERVISOR);
    }

    boolean isDrafter(SignedInUser user, NormativeDocument d) {
        return isBureau(user) || user.hasRole(Role.AGENCY_ADMIN)
                && Objects.equals(user.agencyId(), d.draft().agencyId());
    }

    String agencyName(long agencyId) {
        return agencies.nameOf(agencyId).orElse(Long.toString(agencyId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate remindUntil() {
        return terms.remindUntil(today());
    }

    private String registrationNumber(NormativeDocument d, LocalDate on) {
        int serial = repository.nextSerial(d.draft().county(), on.getYear());
        return "%s-%d-%03d".formatted(d.draft().county().value(), on.getYear(), serial);
    }

    private NormativeDocument drafting(SignedInUser user, long id, Consumer<NormativeDocument> step) {
        NormativeDocument seen = visible(user, id);
        if (!isDrafter(user, seen)) {
            throw new AccessDeniedException("governance.normative.drafters-only");
        }
        return change(id, step);
    }

    private NormativeDocument bureau(SignedInUser user, long id, Consumer<NormativeDocument> step) {
        visible(user, id);
        requireBureau(user);
        return change(id, step);
    }

    private NormativeDocument change(long id, Consumer<NormativeDocument> step) {
        return Objects.requireNonNull(transaction.execute(status -> {
            NormativeDocument d = repository.lock(id);
            step.accept(d);
            repository.save(d);
            events.publishEvent(DataChanged.updated(NormativeRepository.RECORD_TYPE, id, d.draft().county(),
                    List.of("state")));
            return repository.find(id).orElseThrow();
        }));
    }

    private NormativeDocument visible(SignedInUser user, long id) {
        requireReader(user);
        return repository.find(id).filter(d -> user.scope().covers(d.draft().county(), d.draft().agencyId()))
                .orElseThrow(() -> new NotFound(NormativeRepository.RECORD_TYPE, id));
    }

    private void requireBureau(SignedInUser user) {
        if (!isBureau(user)) {
            throw new AccessDeniedException("governance.normative.bureau-only");
        }
    }

    private static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.LEADER, Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("governance.normative.readers-only");
        }
    }
}
