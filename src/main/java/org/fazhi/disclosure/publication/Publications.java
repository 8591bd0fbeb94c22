package org.fazhi.disclosure.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fazhi.casework.DecisionText;
import org.fazhi.disclosure.redaction.Redaction;
import org.fazhi.disclosure.redaction.RedactionSpan;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legal office's work on publications: a decision becomes a pending publication with its personal information
 * marked; the legal office (法制机构, AGENCY_ADMIN) of the deciding agency reviews the marks, publishes, withdraws;
 * supervisors of the county read. A publication outside the caller's scope is not found (404); a reader who may
 * not act is refused (403).
 */
@Service
class Publications {

    private final PublicationRepository repository;
    private final PublishingRules publishing;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publications(PublicationRepository repository, PublishingRules publishing, TransactionTemplate transaction,
                 ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.publishing = publishing;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** A pending publication of the decision, due on the working-day calendar; once per case. */
    Optional<Long> register(DecisionText text) {
        Optional<Long> id = publishing.pending(text).flatMap(repository::insert);
        id.ifPresent(created -> events.publishEvent(DataChanged.created(PublicationRepository.RECORD_TYPE, created,
                text.county(), List.of("state", "spans", "redactedText", "dueOn"))));
        return id;
    }

    Page<PublicationRepository.Row> search(SignedInUser user, PublicationRepository.Search search,
                                                  PageRequest page) {
        requireStaff(user);
        return repository.search(user.scope(), search, today(), page);
    }

    Publication get(SignedInUser user, long id) {
        return visible(user, id);
    }

    /** Whether this user may see the originals and act: the legal office of the deciding agency. */
    boolean isLegalOfficeOf(SignedInUser user, Publication p) {
        return user.hasRole(Role.AGENCY_ADMIN) && Objects.equals(user.agencyId(), p.decision().agencyId());
    }

    /** Marks every occurrence of {@code fragment} in the original text (over any span it overlaps). */
    Publication addSpan(SignedInUser user, long id, @Nullable String fragment) {
        return change(user, id, p -> {
            if (fragment == null || fragment.isBlank()) {
                throw InvalidInput.of("fragment", "disclosure.span.fragment.required");
            }
            String text = p.redaction().text();
            Redaction changed = p.redaction();
            for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + fragment.length())) {
                changed = changed.adding(RedactionSpan.manual(text, at, at + fragment.length()));
            }
            if (changed == p.redaction()) {
                throw InvalidInput.of("fragment", "disclosure.span.fragment.not-found", fragment);
            }
            return p.redacted(changed);
        });
    }

    /** Leaves the text the span covers published as written. */
    Publication removeSpan(SignedInUser user, long id, int start) {
        return change(user, id, p -> {
            RedactionSpan span = p.redaction().spans().stream().filter(s -> s.start() == start).findFirst()
                    .orElseThrow(() -> InvalidInput.of("start", "disclosure.span.unknown", start));
            return p.redacted(p.redaction().removing(span));
        });
    }

    /** 公开. */
    Publication publish(SignedInUser user, long id) {
        return change(user, id, p -> p.published(user.getUsername(), Instant.now(clock), today(), periodOf(p)));
    }

    /** 撤回, with the reason shown publicly. */
    Publication withdraw(SignedInUser user, long id, @Nullable String reason) {
        return change(user, id, p -> p.withdrawn(reason, user.getUsername(), Instant.now(clock)));
    }

    /** Automatic publication (the county's choice): as the legal office would, by the system. */
    void publishUnreviewed(long id, String by) {
        transaction.executeWithoutResult(status -> {
            Publication p = repository.lock(id);
            if (p.state() == PublicationState.PENDING) {
                save(p, p.published(by, Instant.now(clock), today(), periodOf(p)));
            }
        });
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Publication change(SignedInUser user, long id, java.util.function.UnaryOperator<Publication> step) {
        Publication seen = visible(user, id);
        if (!isLegalOfficeOf(user, seen)) {
            throw new AccessDeniedException("disclosure.publication.legal-office-only");
        }
        return Objects.requireNonNull(transaction.execute(status -> {
            Publication before = repository.lock(id);
            return save(before, step.apply(before));
        }));
    }

    private Publication save(Publication before, Publication after) {
        repository.save(after);
        events.publishEvent(DataChanged.updated(PublicationRepository.RECORD_TYPE, after.id(),
                after.decision().county(), changedFields(before, after)));
        PublicationEvents.of(before, after, clock.getZone()).ifPresent(events::publishEvent);
        return repository.find(after.id()).orElseThrow();
    }

    private static List<String> changedFields(Publication before, Publication after) {
        return before.state() == after.state() ? List.of("spans", "redactedText") : List.of("state");
    }

    private Publication visible(SignedInUser user, long id) {
        requireStaff(user);
        return repository.find(id)
                .filter(p -> user.scope().covers(p.decision().county(), p.decision().agencyId()))
                .orElseThrow(() -> new NotFound(PublicationRepository.RECORD_TYPE, id));
    }

    private static void requireStaff(SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("disclosure.publication.staff-only");
        }
    }

    private java.time.Period periodOf(Publication p) {
        return publishing.periodFor(p.decision().minor());
    }
}
