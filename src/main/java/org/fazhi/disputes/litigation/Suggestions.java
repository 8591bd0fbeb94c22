package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judicial and procuratorial suggestions to the county's agencies: the followers register them and may record
 * replies; the agency addressed reads its own and records its reply; leaders read (access as {@link Followers}).
 */
@Service
class Suggestions {

    /** A reply as recorded: the day (today if none) and what was done. */
    record Reply(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on, @Nullable String reply) {
    }

    private final SuggestionRepository repository;
    private final AgencyDirectory agencies;
    private final LitigationProperties settings;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Suggestions(SuggestionRepository repository, AgencyDirectory agencies, LitigationProperties settings,
                TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.agencies = agencies;
        this.settings = settings;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    List<Suggestion> of(SignedInUser user, int year) {
        Followers.requireReader(user);
        return repository.of(user.scope(), year);
    }

    Suggestion get(SignedInUser user, long id) {
        Followers.requireReader(user);
        return repository.find(id).filter(s -> user.scope().covers(s.county(), s.agencyId()))
                .orElseThrow(() -> new NotFound(SuggestionRepository.RECORD_TYPE, id));
    }

    /** 收到建议: the reply is due on the issuer's day, or after the county's default period. */
    Suggestion receive(SignedInUser user, SuggestionForm f) {
        Followers.requireFollower(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (f.kind() == null) {
            problems.add(FieldProblem.of("kind", "disputes.suggestion.kind.required"));
        }
        String issuer = text(problems, "issuer", f.issuer());
        if (f.agencyId() == null || agencies.find(f.agencyId())
                .filter(a -> user.scope().coversRegion(a.region())).isEmpty()) {
            problems.add(FieldProblem.of("agencyId", "disputes.suggestion.agencyId.required"));
        }
        LocalDate received = f.receivedOn() == null ? today() : f.receivedOn();
        if (received.isAfter(today())) {
            problems.add(FieldProblem.of("receivedOn", "disputes.litigation.date.future"));
        }
        LocalDate due = f.replyDueOn() == null ? received.plusDays(settings.suggestionReplyDays()) : f.replyDueOn();
        if (due.isBefore(received)) {
            problems.add(FieldProblem.of("replyDueOn", "disputes.suggestion.replyDueOn.before"));
        }
        String content = text(problems, "content", f.content());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Suggestion s = new Suggestion(0, user.region().county(), f.kind(), issuer, f.agencyId(), received, due,
                content, null, null, 0);
        return Objects.requireNonNull(transaction.execute(status -> {
            long id = repository.insert(s);
            events.publishEvent(DataChanged.created(SuggestionRepository.RECORD_TYPE, id, s.county(),
                    List.of("replyDueOn")));
            return repository.find(id).orElseThrow();
        }));
    }

    /** A suggestion the user may record the reply to: in scope (else not found), by a follower or its agency. */
    Suggestion toReply(SignedInUser user, long id) {
        Suggestion seen = get(user, id);
        Followers.requireFollowerOrAgency(user, seen.agencyId());
        return seen;
    }

    /** 办复: by a follower or the agency addressed. */
    Suggestion reply(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String reply) {
        Suggestion seen = toReply(user, id);
        LocalDate day = on == null ? today() : on;
        List<FieldProblem> problems = new ArrayList<>();
        if (day.isAfter(today())) {
            problems.add(FieldProblem.of("on", "disputes.litigation.date.future"));
        } else if (day.isBefore(seen.receivedOn())) {
            problems.add(FieldProblem.of("on", "disputes.suggestion.on.before-received", seen.receivedOn()));
        }
        String text = text(problems, "reply", reply);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Objects.requireNonNull(transaction.execute(status -> {
            Suggestion replied = repository.find(id).orElseThrow().replied(day, text);
            repository.save(replied);
            events.publishEvent(DataChanged.updated(SuggestionRepository.RECORD_TYPE, id, replied.county(),
                    List.of("repliedOn")));
            return repository.find(id).orElseThrow();
        }));
    }

    /** The names of these agencies, read at once (an export's rows). */
    Map<Long, String> agencyNames(Collection<Long> agencyIds) {
        return agencies.namesOf(agencyIds);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String text(List<FieldProblem> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "disputes.suggestion." + field + ".required"));
            return "";
        }
        if (value.strip().length() > LawsuitForm.TEXT_MAX) {
            problems.add(FieldProblem.of(field, "disputes.litigation.text.too-long", LawsuitForm.TEXT_MAX));
        }
        return value.strip();
    }
}
