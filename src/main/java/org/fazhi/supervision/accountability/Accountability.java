package org.fazhi.supervision.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fazhi.disputes.CorrectedActs;
import org.fazhi.disputes.LostLawsuits;
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
 * The bureau's record of fault accountability: supervisors of the county record findings; supervisors, leaders and
 * administrators read the county's; an agency's legal office reads the findings against its own agency. A finding
 * outside the caller's scope is not found (404).
 */
@Service
public class Accountability {

    /** What the supervisor fills in. {@code source} is {@code type:id}, e.g. {@code LAWSUIT:42}. */
    public record FindingForm(@Nullable Long agencyId, @Nullable String source, @Nullable String fault,
                              @Nullable LocalDate foundOn, @Nullable Boolean pursued,
                              @Nullable String notPursuedReason, @Nullable Boolean circulated,
                              @Nullable Boolean referredToDiscipline, @Nullable List<PersonForm> persons) {
    }

    /** A person held at fault. */
    public record PersonForm(@Nullable String name, @Nullable Long officerId, @Nullable HandlingKind handling) {
    }

    private static final int TEXT_MAX = 1000;

    private final AccountabilityFindingRepository repository;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final CorrectedActs correctedActs;
    private final LostLawsuits lostLawsuits;
    private final Clock clock;

    Accountability(AccountabilityFindingRepository repository, TransactionTemplate transaction, ApplicationEventPublisher events,
                   CorrectedActs correctedActs, LostLawsuits lostLawsuits, Clock clock) {
        this.correctedActs = correctedActs;
        this.lostLawsuits = lostLawsuits;
        this.repository = repository;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    Finding record(SignedInUser user, FindingForm form) {
        requireRecorder(user);
        Finding f = checked(user, form);
        return Objects.requireNonNull(transaction.execute(status -> {
            long id = repository.insert(f);
            events.publishEvent(DataChanged.created(AccountabilityFindingRepository.RECORD_TYPE, id, f.county(),
                    List.of("pursued", "persons")));
            return repository.find(id).orElseThrow();
        }));
    }

    Finding get(SignedInUser user, long id) {
        requireReader(user);
        return repository.find(id).filter(f -> user.scope().covers(f.county(), f.agencyId()))
                .orElseThrow(() -> new NotFound(AccountabilityFindingRepository.RECORD_TYPE, id));
    }

    Page<Finding> search(SignedInUser user, AccountabilityFindingRepository.Search search, PageRequest page) {
        requireReader(user);
        return repository.search(user.scope(), search, page);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refuses (403) anyone but the county's supervisors, who record findings. */
    void requireRecorder(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervision.accountability.supervisor-only");
        }
    }

    AccountabilityFindingRepository.Counts counts(SignedInUser user, @Nullable Integer year) {
        requireReader(user);
        return repository.counts(user.scope(), year);
    }

    /**
     * A reconsideration case as source must be one that corrected the agency's act in the caller's county: the
     * clue it answers (RECONSIDERATION_CORRECTED) clears on nothing else; a lawsuit, one the agency lost in the
     * caller's county (LAWSUIT_LOST). Other kinds name records of modules that do not all exist yet, and are kept
     * as typed.
     */
    private void requireCorrectedAct(SignedInUser user, SourceRef source, @Nullable Long agencyId,
                                     List<InvalidInput.FieldProblem> problems) {
        if (source.kind() == SourceRef.Kind.LAWSUIT) {
            requireLostLawsuit(user, source, agencyId, problems);
            return;
        }
        if (source.kind() != SourceRef.Kind.RECONSIDERATION) {
            return;
        }
        boolean corrected = correctedActs.of(source.id())
                .filter(act -> act.county().equals(user.region().county()))
                .filter(act -> agencyId == null || act.agencyId() == agencyId)
                .isPresent();
        if (!corrected) {
            problems.add(InvalidInput.FieldProblem.of("source",
                    "supervision.accountability.source.not-corrected", source.toString()));
        }
    }

    private void requireLostLawsuit(SignedInUser user, SourceRef source, @Nullable Long agencyId,
                                    List<InvalidInput.FieldProblem> problems) {
        boolean lost = lostLawsuits.of(source.id())
                .filter(lawsuit -> lawsuit.county().equals(user.region().county()))
                .filter(lawsuit -> agencyId == null || lawsuit.agencyId() == agencyId)
                .isPresent();
        if (!lost) {
            problems.add(InvalidInput.FieldProblem.of("source", "supervision.accountability.source.not-lost",
                    source.toString()));
        }
    }

    private Finding checked(SignedInUser user, FindingForm form) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (form.agencyId() == null || form.agencyId() <= 0) {
            problems.add(InvalidInput.FieldProblem.of("agencyId", "supervision.accountability.agency.required"));
        }
        SourceRef source = null;
        if (form.source() == null || form.source().isBlank()) {
            problems.add(InvalidInput.FieldProblem.of("source", "supervision.accountability.source.required"));
        } else {
            try {
                source = SourceRef.parse(form.source());
                requireCorrectedAct(user, source, form.agencyId(), problems);
            } catch (InvalidInput invalid) {
                problems.addAll(invalid.problems());
            }
        }
        String fault = text(form.fault(), "fault", "supervision.accountability.fault.required", problems);
        LocalDate today = LocalDate.now(clock);
        if (form.foundOn() == null || form.foundOn().isAfter(today)) {
            problems.add(InvalidInput.FieldProblem.of("foundOn", "supervision.accountability.found-on.invalid"));
        }
        if (form.pursued() == null) {
            problems.add(InvalidInput.FieldProblem.of("pursued", "supervision.accountability.pursued.required"));
        }
        boolean pursued = Boolean.TRUE.equals(form.pursued());
        boolean circulated = Boolean.TRUE.equals(form.circulated());
        boolean referred = Boolean.TRUE.equals(form.referredToDiscipline());
        List<Finding.Person> persons = persons(form.persons(), problems);
        String reason = null;
        if (form.pursued() != null && !pursued) {
            reason = text(form.notPursuedReason(), "notPursuedReason",
                    "supervision.accountability.reason.required", problems);
            if (circulated || referred || !persons.isEmpty()) {
                problems.add(InvalidInput.FieldProblem.of("pursued",
                        "supervision.accountability.not-pursued.handled"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Finding(0, user.region(), Objects.requireNonNull(form.agencyId()), Objects.requireNonNull(source),
                Objects.requireNonNull(fault), Objects.requireNonNull(form.foundOn()), pursued, reason, circulated,
                referred, persons, user.getUsername(), Instant.now(clock));
    }

    private static List<Finding.Person> persons(@Nullable List<PersonForm> forms,
                                                List<InvalidInput.FieldProblem> problems) {
        List<Finding.Person> persons = new ArrayList<>();
        List<PersonForm> given = forms == null ? List.of() : forms;
        for (int i = 0; i < given.size(); i++) {
            PersonForm p = given.get(i);
            String field = "persons[" + i + "]";
            if (p.name() == null || p.name().isBlank()) {
                problems.add(InvalidInput.FieldProblem.of(field + ".name", "supervision.accountability.person.name"));
            } else if (p.handling() == null) {
                problems.add(InvalidInput.FieldProblem.of(field + ".handling",
                        "supervision.accountability.person.handling"));
            } else {
                persons.add(new Finding.Person(p.name().strip(), p.officerId(), p.handling()));
            }
        }
        return persons;
    }

    private static @Nullable String text(@Nullable String value, String field, String key,
                                         List<InvalidInput.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(InvalidInput.FieldProblem.of(field, key));
            return null;
        }
        if (value.strip().length() > TEXT_MAX) {
            problems.add(InvalidInput.FieldProblem.of(field, "supervision.transfer.text.too-long", TEXT_MAX));
            return null;
        }
        return value.strip();
    }

    private static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.LEADER, Role.ADMIN, Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("supervision.accountability.readers-only");
        }
    }
}
