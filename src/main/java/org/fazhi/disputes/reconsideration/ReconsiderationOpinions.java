package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 行政复议意见书 and the agencies' replies. The body's staff (RECONSIDERATION) issue them about a case of their
 * county; the agency's legal office (AGENCY_ADMIN) reads its own and replies; supervisors and leaders of the county
 * read. An opinion outside the caller's scope is not found (404); a reader who may not act is refused (403).
 */
@Service
class ReconsiderationOpinions {

    private final ReconsiderationOpinionRepository repository;
    private final Reconsiderations reconsiderations;
    private final ReconsiderationRepository cases;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ReconsiderationOpinions(ReconsiderationOpinionRepository repository, Reconsiderations reconsiderations,
                            ReconsiderationRepository cases, AgencyDirectory agencies, MessageSource messages,
                            TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.repository = repository;
        this.reconsiderations = reconsiderations;
        this.cases = cases;
        this.agencies = agencies;
        this.messages = messages;
        this.transaction = transaction;
        this.events = events;
    }

    Page<ReconsiderationOpinion> search(SignedInUser user, ReconsiderationOpinionRepository.Search search,
                                        PageRequest page) {
        requireReader(user);
        return repository.search(user.scope(), search, today(), page);
    }

    ReconsiderationOpinion get(SignedInUser user, long id) {
        requireReader(user);
        return repository.find(id).filter(o -> user.scope().covers(o.county(), o.agencyId()))
                .orElseThrow(() -> new NotFound(ReconsiderationOpinionRepository.RECORD_TYPE, id));
    }

    /** The opinions about a case that the user may see. */
    List<ReconsiderationOpinion> ofCase(SignedInUser user, long reconsiderationId) {
        return repository.ofCase(reconsiderationId).stream()
                .filter(o -> user.scope().covers(o.county(), o.agencyId())).toList();
    }

    /** 制发行政复议意见书. */
    ReconsiderationOpinion issue(SignedInUser user, ReconsiderationOpinionForm form) {
        if (!reconsiderations.mayAct(user)) {
            throw new AccessDeniedException("disputes.reconsideration.body-only");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ReconsiderationCase c = form.reconsiderationId() == null ? null : cases.find(form.reconsiderationId())
                .filter(found -> user.scope().coversRegion(found.application().county())).orElse(null);
        if (c == null) {
            problems.add(FieldProblem.of("reconsiderationId", "disputes.opinion.reconsiderationId.unknown"));
        }
        Long agencyId = form.agencyId() != null ? form.agencyId() : c == null ? null : c.application().agencyId();
        if (agencyId == null || agencies.find(agencyId).filter(a -> user.scope().coversRegion(a.region())).isEmpty()) {
            problems.add(FieldProblem.of("agencyId", "disputes.opinion.agencyId.unknown"));
        }
        ReconsiderationOpinionForm.Checked checked = form.check(today(), problems);
        ReconsiderationOpinionForm.throwIfAny(problems);
        ReconsiderationCase about = Objects.requireNonNull(c);
        long agency = Objects.requireNonNull(agencyId);
        return Objects.requireNonNull(transaction.execute(status -> {
            int year = checked.issuedOn().getYear();
            String number = text("disputes.opinion.number", Integer.toString(year),
                    String.valueOf(repository.nextSerial(about.application().county(), year)));
            long id = repository.insert(new ReconsiderationOpinion(0, number, about.application().county(),
                    about.id(), about.number(), agency, checked.issue(), checked.requiredAction(),
                    checked.issuedOn(), checked.replyDue(), user.getUsername(), null, null, null, 0));
            events.publishEvent(DataChanged.created(ReconsiderationOpinionRepository.RECORD_TYPE, id,
                    about.application().county(),
                    List.of("issued")));
            return repository.find(id).orElseThrow();
        }));
    }

    /** The agency's reply, by its own legal office only. */
    ReconsiderationOpinion reply(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String measures) {
        ReconsiderationOpinion seen = get(user, id);
        if (!isAgencyOffice(user, seen)) {
            throw new AccessDeniedException("disputes.opinion.agency-only");
        }
        LocalDate day = StepInput.pastDay(on, today());
        String taken = StepInput.required("measures", measures);
        return Objects.requireNonNull(transaction.execute(status -> {
            ReconsiderationOpinion replied = repository.lock(id).reply(day, taken, user.getUsername());
            repository.saveReply(replied);
            events.publishEvent(DataChanged.updated(ReconsiderationOpinionRepository.RECORD_TYPE, id, replied.county(),
                    List.of("replied")));
            return repository.find(id).orElseThrow();
        }));
    }

    boolean mayIssue(SignedInUser user) {
        return reconsiderations.mayAct(user);
    }

    /** Whether the reply form is for this user now: the agency's legal office, while no reply has come. */
    boolean mayReply(SignedInUser user, ReconsiderationOpinion o) {
        return !o.isReplied() && isAgencyOffice(user, o);
    }

    private static boolean isAgencyOffice(SignedInUser user, ReconsiderationOpinion o) {
        return user.hasRole(Role.AGENCY_ADMIN) && Objects.equals(user.agencyId(), o.agencyId());
    }

    String agencyName(long agencyId) {
        return reconsiderations.agencyName(agencyId);
    }

    LocalDate today() {
        return reconsiderations.today();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.RECONSIDERATION, Role.SUPERVISOR, Role.LEADER, Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("disputes.reconsideration.readers-only");
        }
    }
}
