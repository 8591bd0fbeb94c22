package org.fazhi.supervision.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.identity.SupervisorAccounts;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.supervision.RecordLink;
import org.fazhi.supervision.monitoring.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' work on alerts. A county's supervisors see and handle its alerts (an alert of another county is
 * "not found"); an agency's own users (its legal office, its officers) see the alerts about their agency and
 * nothing else, and handle none. Acknowledging (签收) makes the supervisor its owner unless one was named; resolving
 * (办结) needs a note of what was done, dismissing (排除) a reason; both end the alert, and a supervisor's judgment
 * stands for its cause (the monitoring does not raise the same cause again).
 */
@Service
public class Alerts {

    private final AlertRepository repository;
    private final AgencyOptions agencies;
    private final SupervisorAccounts supervisors;
    private final AlertsLive live;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Alerts(AlertRepository repository, AgencyOptions agencies, SupervisorAccounts supervisors, AlertsLive live,
           MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.agencies = agencies;
        this.supervisors = supervisors;
        this.live = live;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Alert> search(SignedInUser user, AlertSearch search, PageRequest request) {
        Map<Long, String> names = agencyNames(user.scope());
        return repository.search(user.scope(), search, request).map(stored -> view(stored, names));
    }

    @Transactional(readOnly = true)
    public Alert get(SignedInUser user, long id) {
        return view(visible(user, id), agencyNames(user.scope()));
    }

    @Transactional(readOnly = true)
    public List<AlertRepository.HistoryLine> history(SignedInUser user, long id) {
        visible(user, id);
        return repository.history(id);
    }

    /** Counts by rule (code → title), agency (id → name) or month, over the user's scope and the filters. */
    @Transactional(readOnly = true)
    public List<Tally> counts(SignedInUser user, AlertSearch search, String by) {
        Map<Long, String> names = agencyNames(user.scope());
        return repository.counts(user.scope(), search, by).stream().map(count -> new Tally(count.key(),
                switch (by) {
                    case "rule" -> ruleTitle(count.key());
                    case "agency" -> count.key().isEmpty() ? "" : names.getOrDefault(Long.parseLong(count.key()),
                            count.key());
                    default -> count.key();
                }, count.total(), count.live())).toList();
    }

    /** One line of counts: the key, its label, all alerts and those still live. */
    public record Tally(String key, String label, long total, long live) {
    }

    @Transactional
    public Alert acknowledge(SignedInUser user, long id) {
        AlertRepository.Stored alert = handled(user, id);
        if (alert.state() != AlertState.OPEN) {
            throw RuleViolation.of("supervision.alert.not-open");
        }
        if (!repository.acknowledge(id, alert.version(), user.getUsername(), user.accountId(), user.displayName())) {
            throw new StaleEdit(AlertRepository.RECORD_TYPE, id);
        }
        return changed(user, id, "ACKNOWLEDGED", null);
    }

    @Transactional
    public Alert resolve(SignedInUser user, long id, @Nullable String note) {
        return end(user, id, AlertState.RESOLVED, required(note, "note", "supervision.alert.note.required"));
    }

    @Transactional
    public Alert dismiss(SignedInUser user, long id, @Nullable String reason) {
        return end(user, id, AlertState.DISMISSED, required(reason, "reason", "supervision.alert.reason.required"));
    }

    /** Names a supervisor of the alert's county as its owner. */
    @Transactional
    public Alert assign(SignedInUser user, long id, @Nullable String username) {
        AlertRepository.Stored alert = handled(user, id);
        String name = required(username, "assignee", "supervision.alert.assignee.required");
        SupervisorAccounts.Supervisor owner = supervisors.find(RegionCode.of(alert.county()), name)
                .orElseThrow(() -> InvalidInput.of("assignee", "supervision.alert.assignee.unknown", name));
        if (!repository.assign(id, alert.version(), owner.accountId(), owner.displayName())) {
            throw new StaleEdit(AlertRepository.RECORD_TYPE, id);
        }
        return changed(user, id, "ASSIGNED", owner.displayName() + "（" + owner.username() + "）");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Alert end(SignedInUser user, long id, AlertState to, String why) {
        AlertRepository.Stored alert = handled(user, id);
        if (!repository.end(id, alert.version(), to, today(), user.getUsername(), why)) {
            throw new StaleEdit(AlertRepository.RECORD_TYPE, id);
        }
        return changed(user, id, to.name(), why);
    }

    private Alert changed(SignedInUser user, long id, String act, @Nullable String detail) {
        repository.log(id, user.getUsername(), user.displayName(), act, detail);
        AlertRepository.Stored after = repository.find(id).orElseThrow();
        events.publishEvent(DataChanged.updated(AlertRepository.RECORD_TYPE, id, RegionCode.of(after.county()),
                List.of("state")));
        live.changed(new AlertNotice(id, after.ruleCode(), new Subject(after.subjectType(), after.subjectId(),
                after.subjectReference()), RegionCode.of(after.county()), after.agencyId(), after.summary(),
                after.state()));
        return view(after, agencyNames(user.scope()));
    }

    /** An alert the user may see, or "not found" (another county's, another agency's). */
    private AlertRepository.Stored visible(SignedInUser user, long id) {
        return repository.find(id)
                .filter(alert -> user.scope().covers(RegionCode.of(alert.county()), alert.agencyId()))
                .orElseThrow(() -> new NotFound(AlertRepository.RECORD_TYPE, id));
    }

    /** A live alert the user may handle: the county's supervisors only. */
    private AlertRepository.Stored handled(SignedInUser user, long id) {
        AlertRepository.Stored alert = visible(user, id);
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException(text("supervision.alert.read-only"));
        }
        if (!alert.state().isLive()) {
            throw RuleViolation.of("supervision.alert.not-live", text("supervision.alert.state." + alert.state()));
        }
        return alert;
    }

    private Alert view(AlertRepository.Stored s, Map<Long, String> agencyNames) {
        return new Alert(s.id(), s.ruleCode(), ruleTitle(s.ruleCode()), s.subjectType(), s.subjectId(),
                s.subjectReference(), s.county(), s.agencyId(), s.agencyId() == null ? null
                : agencyNames.get(s.agencyId()), s.since(), s.summary(), s.state(), s.raisedOn(), s.ownerName(),
                s.endedOn(), s.endReason(), new RecordLink(s.subjectType(), s.subjectId()).href().orElse(null), s.version());
    }

    private Map<Long, String> agencyNames(DataScope scope) {
        return agencies.within(DataScope.ofRegion(scope.region().county())).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a));
    }

    String ruleTitle(String code) {
        return text("supervision.rule." + code);
    }

    private static String required(@Nullable String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, key);
        }
        return value.strip();
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }
}
