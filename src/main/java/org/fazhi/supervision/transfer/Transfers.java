package org.fazhi.supervision.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.CaseReference;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.files.Acceptance;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFile;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency's work on its transfers and what the bureau sees of them. The handlers (OFFICER) or the legal office
 * (AGENCY_ADMIN) of the case's agency propose, attach documents, hand over and record the receiving body's answers;
 * the head's approval is the legal office's. Supervisors and leaders of the county read every transfer; a transfer
 * outside the caller's scope is not found (404); a reader who may not act is refused (403).
 */
@Service
public class Transfers {

    /** What the agency fills in to propose a transfer. */
    public record Proposal(@Nullable String caseCode, @Nullable TransferKind kind, @Nullable String suspectedOffence,
                           @Nullable String receivingBody) {
    }

    private static final int TEXT_MAX = 500;

    private final TransferRepository repository;
    private final TransferDeadlines limits;
    private final TransferProperties settings;
    private final CaseDirectory cases;
    private final StoredFiles files;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Transfers(TransferRepository repository, TransferDeadlines limits, TransferProperties settings,
              CaseDirectory cases, StoredFiles files, TransactionTemplate transaction,
              ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.limits = limits;
        this.settings = settings;
        this.cases = cases;
        this.files = files;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    Page<TransferRepository.Row> search(SignedInUser user, TransferRepository.Search search, PageRequest page) {
        requireStaff(user);
        return repository.search(user.scope(), search, today(), page);
    }

    Transfer get(SignedInUser user, long id) {
        return visible(user, id);
    }

    /** 提出移送 for a case of the caller's own agency. */
    Transfer propose(SignedInUser user, Proposal form) {
        requireAgencyRole(user, Role.AGENCY_ADMIN, Role.OFFICER);
        CaseReference ref = checked(user, form);
        Transfer t = Transfer.proposed(new Transfer.Opening(ref.caseId(), ref.code(), ref.county(),
                ref.agencyId(), Objects.requireNonNull(form.kind()),
                required("suspectedOffence", form.suspectedOffence(), "supervision.transfer.offence.required"),
                required("receivingBody", form.receivingBody(), "supervision.transfer.body.required")),
                user.getUsername(), Instant.now(clock), limits);
        return Objects.requireNonNull(transaction.execute(status -> opened(t)));
    }

    /**
     * The proposal form for a case of the caller's own agency, as the case's page opens it: the case's code, the
     * kind asked for (行刑衔接 unless said) and, for public security, the county's police body. A case outside the
     * caller's agency is not found.
     */
    Proposal prefill(SignedInUser user, @Nullable Long caseId, @Nullable TransferKind kind) {
        requireAgencyRole(user, Role.AGENCY_ADMIN, Role.OFFICER);
        String code = caseId == null ? null : cases.of(caseId)
                .filter(c -> user.scope().covers(c.county(), c.agencyId())).map(CaseReference::code)
                .orElseThrow(() -> new NotFound("casework.case", caseId));
        TransferKind chosen = kind == null ? TransferKind.PUBLIC_SECURITY : kind;
        return new Proposal(code, chosen, null, chosen == TransferKind.PUBLIC_SECURITY ? settings.policeBody() : null);
    }

    /** The head decided the case in casework as a transfer (涉嫌犯罪，移送司法机关): approved, to be handed over. */
    Optional<Long> openFromDecision(CaseReference ref, String suspectedOffence) {
        String receivingBody = settings.policeBody();
        return transaction.execute(status -> {
            if (repository.hasLive(ref.caseId(), TransferKind.PUBLIC_SECURITY)) {
                return Optional.empty();
            }
            Transfer t = Transfer.approvedByDecision(new Transfer.Opening(ref.caseId(), ref.code(), ref.county(),
                    ref.agencyId(), TransferKind.PUBLIC_SECURITY, suspectedOffence, receivingBody),
                    Instant.now(clock), limits);
            return Optional.of(opened(t).id());
        });
    }

    Transfer approve(SignedInUser user, long id) {
        return step(user, id, true, t -> t.approve(user.getUsername(), Instant.now(clock), limits));
    }

    Transfer refuse(SignedInUser user, long id, @Nullable String reason) {
        String why = required("reason", reason, "supervision.transfer.reason.required");
        return step(user, id, true, t -> t.refuse(user.getUsername(), Instant.now(clock), why));
    }

    /** Attaches a document (PDF, Word or a scan) of a kind the regulation names. */
    Transfer attach(SignedInUser user, long id, @Nullable DocumentKind kind, Upload upload) {
        if (kind == null) {
            throw InvalidInput.of("kind", "supervision.transfer.document.kind.required");
        }
        Transfer seen = actable(user, id, false);
        return Objects.requireNonNull(transaction.execute(status -> {
            Transfer t = repository.lock(id);
            StoredFile file = files.store(FileOwner.of(TransferRepository.RECORD_TYPE, id, seen.opening().county()),
                    upload, Acceptance.of("file", "supervision.transfer.file", FileKind.PDF, FileKind.DOCX,
                            FileKind.DOC, FileKind.JPEG, FileKind.PNG), user.getUsername());
            Transfer.Document d = new Transfer.Document(kind, file.id(), file.name(), user.getUsername(),
                    Instant.now(clock));
            t.addDocument(d);
            repository.addDocument(id, d);
            return saved(t, List.of("documents"));
        }));
    }

    Transfer handOver(SignedInUser user, long id) {
        return step(user, id, false, t -> t.handOver(Instant.now(clock),
                settings.requiredFor(t.opening().kind()), limits));
    }

    Transfer recordDecision(SignedInUser user, long id, @Nullable Boolean filed, @Nullable LocalDate on,
                            @Nullable String note) {
        if (filed == null) {
            throw InvalidInput.of("filed", "supervision.transfer.filed.required");
        }
        LocalDate day = pastDay(on);
        return step(user, id, false, t -> t.decide(filed, day, blankToNull(note), limits));
    }

    Transfer requestReconsideration(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = pastDay(on);
        return step(user, id, false, t -> t.requestReconsideration(day, limits));
    }

    Transfer askProcuratorate(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = pastDay(on);
        return step(user, id, false, t -> t.askProcuratorate(day, limits));
    }

    Transfer continueAdministrativeCase(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = pastDay(on);
        return step(user, id, false, t -> t.continueAdministrativeCase(day));
    }

    Transfer handOverExhibits(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = pastDay(on);
        return step(user, id, false, t -> t.handOverExhibits(day, limits));
    }

    /** Whether this user may take the transfer's steps: its agency's handlers or legal office. */
    boolean mayAct(SignedInUser user, Transfer t) {
        return user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER)
                && Objects.equals(user.agencyId(), t.opening().agencyId());
    }

    /** The steps this user may take on the transfer now (none for a reader). */
    java.util.Set<TransferStep> stepsFor(SignedInUser user, Transfer t) {
        return mayAct(user, t) ? TransferStep.open(t, user.hasRole(Role.AGENCY_ADMIN)) : java.util.Set.of();
    }

    /** The county's day of an instant (a proposal's day in a list or a sheet). */
    LocalDate dayOf(Instant instant) {
        return limits.dayOf(instant);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<DocumentKind> required(Transfer t) {
        return settings.requiredFor(t.opening().kind());
    }

    private Transfer step(SignedInUser user, long id, boolean headOnly, Consumer<Transfer> change) {
        actable(user, id, headOnly);
        return Objects.requireNonNull(transaction.execute(status -> {
            Transfer t = repository.lock(id);
            change.accept(t);
            repository.save(t);
            return saved(t, List.of("state", "deadlines"));
        }));
    }

    private Transfer opened(Transfer t) {
        long id = repository.insert(t);
        events.publishEvent(DataChanged.created(TransferRepository.RECORD_TYPE, id, t.opening().county(),
                List.of("state", "deadlines")));
        events.publishEvent(new TransferChanged(id, t.opening().county(), t.state()));
        return repository.find(id).orElseThrow();
    }

    private Transfer saved(Transfer t, List<String> fields) {
        events.publishEvent(DataChanged.updated(TransferRepository.RECORD_TYPE, t.id(), t.opening().county(),
                fields));
        events.publishEvent(new TransferChanged(t.id(), t.opening().county(), t.state()));
        return repository.find(t.id()).orElseThrow();
    }

    private Transfer actable(SignedInUser user, long id, boolean headOnly) {
        Transfer t = visible(user, id);
        if (!mayAct(user, t) || (headOnly && !user.hasRole(Role.AGENCY_ADMIN))) {
            throw new AccessDeniedException("supervision.transfer.agency-only");
        }
        return t;
    }

    private Transfer visible(SignedInUser user, long id) {
        requireStaff(user);
        return repository.find(id)
                .filter(t -> user.scope().covers(t.opening().county(), t.opening().agencyId()))
                .orElseThrow(() -> new NotFound(TransferRepository.RECORD_TYPE, id));
    }

    private CaseReference checked(SignedInUser user, Proposal form) {
        String code = required("caseCode", form.caseCode(), "supervision.transfer.case.required");
        CaseReference ref = cases.ofCode(code)
                .filter(c -> user.scope().covers(c.county(), c.agencyId()))
                .orElseThrow(() -> InvalidInput.of("caseCode", "supervision.transfer.case.unknown", code));
        if (form.kind() == null) {
            throw InvalidInput.of("kind", "supervision.transfer.kind.required");
        }
        required("suspectedOffence", form.suspectedOffence(), "supervision.transfer.offence.required");
        required("receivingBody", form.receivingBody(), "supervision.transfer.body.required");
        if (repository.hasLive(ref.caseId(), form.kind())) {
            throw InvalidInput.of("caseCode", "supervision.transfer.case.already", code);
        }
        return ref;
    }

    private LocalDate pastDay(@Nullable LocalDate on) {
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw InvalidInput.of("on", "supervision.transfer.date.future");
        }
        return day;
    }

    private static String required(String field, @Nullable String value, String key) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, key);
        }
        if (value.strip().length() > TEXT_MAX) {
            throw InvalidInput.of(field, "supervision.transfer.text.too-long", TEXT_MAX);
        }
        return value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireAgencyRole(SignedInUser user, Role... roles) {
        requireStaff(user);
        if (!user.hasRole(roles) || user.agencyId() == null) {
            throw new AccessDeniedException("supervision.transfer.agency-only");
        }
    }

    private static void requireStaff(SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE, Role.RECONSIDERATION)) {
            throw new AccessDeniedException("supervision.transfer.staff-only");
        }
    }
}
