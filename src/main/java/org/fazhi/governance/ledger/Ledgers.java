package org.fazhi.governance.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and reading ledger entries. The county's bureau (SUPERVISOR) records and revises every entry of the
 * county; an agency's legal office (AGENCY_ADMIN) only its agency's; leaders read the county's and officers their
 * agency's. Enterprises and other roles are refused (403); an entry or a county's type outside the caller's county or
 * agency is not found (404). Every write checks the values against the type's declaration as it stands.
 */
@Service
class Ledgers {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final LedgerTypes types;
    private final LedgerEntryRepository entries;
    private final AgencyOptions agencies;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    Ledgers(LedgerTypes types, LedgerEntryRepository entries, AgencyOptions agencies, MessageSource messages,
            ApplicationEventPublisher events) {
        this.types = types;
        this.entries = entries;
        this.agencies = agencies;
        this.messages = messages;
        this.events = events;
    }

    List<LedgerType> types(SignedInUser user) {
        requireReader(user);
        return types.of(user.region());
    }

    LedgerType type(SignedInUser user, String code) {
        requireReader(user);
        return types.get(user.region(), code);
    }

    Page<LedgerEntry> search(SignedInUser user, LedgerType type, LedgerEntryRepository.Search search,
                             PageRequest page) {
        requireReader(user);
        return entries.search(user.scope(), type.code(), search, page);
    }

    LedgerEntry get(SignedInUser user, LedgerType type, long id) {
        requireReader(user);
        return entries.find(user.scope(), type.code(), id)
                .orElseThrow(() -> new NotFound(LedgerEntryRepository.RECORD_TYPE, id));
    }

    @Transactional
    LedgerEntry record(SignedInUser user, LedgerType type, Map<String, String> raw) {
        requireWriter(user);
        Map<String, Object> values = validator(user, type).check(raw);
        LedgerEntry entry = new LedgerEntry(0, type.code(), user.region().county(), agencyOf(user, type, values),
                dateOf(type, values), values, user.getUsername(), Instant.now(), 0);
        long id = entries.insert(entry, searchText(type, values));
        events.publishEvent(DataChanged.created(LedgerEntryRepository.RECORD_TYPE, id, entry.county(),
                List.copyOf(values.keySet())));
        return entries.find(user.scope(), type.code(), id).orElseThrow();
    }

    /** Replaces the entry's values if nobody saved it since {@code version}. */
    @Transactional
    LedgerEntry revise(SignedInUser user, LedgerType type, long id, int version, Map<String, String> raw) {
        requireWriter(user);
        LedgerEntry old = get(user, type, id);
        Map<String, Object> values = validator(user, type).check(raw);
        LedgerEntry revised = new LedgerEntry(id, type.code(), old.county(), agencyOf(user, type, values),
                dateOf(type, values), values, old.createdBy(), old.createdAt(), version);
        if (!entries.update(revised, searchText(type, values), user.getUsername())) {
            throw new StaleEdit(LedgerEntryRepository.RECORD_TYPE, id);
        }
        events.publishEvent(DataChanged.updated(LedgerEntryRepository.RECORD_TYPE, id, old.county(),
                List.copyOf(values.keySet())));
        return entries.find(user.scope(), type.code(), id).orElseThrow();
    }

    boolean mayWrite(SignedInUser user) {
        return user.hasRole(Role.SUPERVISOR, Role.AGENCY_ADMIN);
    }

    /** The agencies an agency field may name for this user: the county's, or only its own for an agency's staff. */
    Map<Long, String> agencyChoices(SignedInUser user) {
        return agencies.within(user.scope()).stream().collect(Collectors.toMap(AgencyOptions.Option::id,
                AgencyOptions.Option::name, (a, b) -> a, LinkedHashMap::new));
    }

    /** How values read: every agency of the county by name, yes and no in Chinese. */
    EntryTexts texts(SignedInUser user) {
        Map<Long, String> names = agencies.within(DataScope.ofRegion(user.region().county())).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a));
        return new EntryTexts(names, text("common.yes"), text("common.no"));
    }

    EntryValidator validator(SignedInUser user, LedgerType type) {
        return new EntryValidator(type, agencyChoices(user));
    }

    /** The declared agency field's value, else the recorder's own agency (null for the bureau). */
    private static @Nullable Long agencyOf(SignedInUser user, LedgerType type, Map<String, Object> values) {
        if (type.agencyField() != null) {
            return ((Number) values.get(type.agencyField())).longValue();
        }
        return user.hasRole(Role.AGENCY_ADMIN) ? user.agencyId() : null;
    }

    private static LocalDate dateOf(LedgerType type, Map<String, Object> values) {
        return LocalDate.parse((String) values.get(type.dateField()));
    }

    private String searchText(LedgerType type, Map<String, Object> values) {
        return type.fields().stream().filter(LedgerField::searchable)
                .map(f -> values.get(f.code()) == null ? "" : String.valueOf(values.get(f.code())))
                .collect(Collectors.joining(" ")).toLowerCase(CHINESE);
    }

    private static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.LEADER, Role.AGENCY_ADMIN, Role.OFFICER)) {
            throw new AccessDeniedException("governance.ledger.readers-only");
        }
    }

    private void requireWriter(SignedInUser user) {
        if (!mayWrite(user)) {
            throw new AccessDeniedException("governance.ledger.writers-only");
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, CHINESE);
    }
}
