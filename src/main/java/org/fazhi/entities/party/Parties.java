package org.fazhi.entities.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.industry.Industries;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding and grading regulated parties. Every staff member of a region sees its parties (any agency
 * may have to deal with any party); the justice bureau and agencies' legal offices keep them.
 */
@Service
public class Parties {

    static final String RECORD_TYPE = "entities.party";

    private final PartyRepository repository;
    private final CreditGrades grades;
    private final PartyRules rules;
    private final RegionDirectory regions;
    private final Industries industries;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Parties(PartyRepository repository, CreditGrades grades, PartyRules rules, RegionDirectory regions,
            Industries industries, FieldCipher cipher, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.grades = grades;
        this.rules = rules;
        this.regions = regions;
        this.industries = industries;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** Regions and industries a party of this user's region may have, for checking forms and import rows. */
    public PartyLookups lookups(SignedInUser user) {
        Map<String, RegionCode> byName = new HashMap<>();
        Set<String> codes = new HashSet<>();
        regions.within(user.region()).forEach(region -> {
            byName.put(region.name(), region.code());
            codes.add(region.code().value());
        });
        return new PartyLookups(byName, codes, industries.byCodeOrName());
    }

    /**
     * The search key for what a user typed in the code box: a person's ID number becomes its identity key (the
     * number itself is never stored in clear), anything else is taken as a credit code.
     */
    public @Nullable String codeKey(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip().toUpperCase();
        return IdNumber.isValid(value) ? "ID:" + cipher.lookupHash(IdNumber.of(value).value()) : value;
    }

    /** The search a list's filters ask for. */
    public PartySearch searchFor(PartyFilter filter) {
        return new PartySearch(filter.name(), codeKey(filter.code()), filter.region(), filter.industry(),
                filter.grade(), filter.kind(), filter.status(), filter.fiveAbove(), filter.mark());
    }

    public Page<Party> search(SignedInUser user, PartySearch search, PageRequest page) {
        requireStaff(user);
        return repository.search(user.scope(), search, page);
    }

    public Party get(SignedInUser user, long id) {
        requireStaff(user);
        return repository.find(id).filter(party -> user.region().contains(party.region()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    public List<CreditGrades.Change> gradeHistory(SignedInUser user, long id) {
        return grades.history(get(user, id).id());
    }

    @Transactional
    public Party register(SignedInUser user, PartyForm form) {
        requireKeeper(user);
        PartyDraft draft = rules.check(form, lookups(user), null);
        repository.findByIdentityKey(draft.identityKey()).ifPresent(other -> {
            throw org.fazhi.platform.InvalidInput.of("code", "entities.party.code.taken", other.name());
        });
        long id = repository.insert(draft);
        if (draft.party().creditGrade() != null) {
            grades.record(id, draft.party().region(), draft.party().creditGrade(), LocalDate.now(clock), "登记", null);
        }
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, draft.party().region(), ChangedFields.of(Party.class)));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public Party update(SignedInUser user, long id, PartyForm form) {
        requireKeeper(user);
        Party current = get(user, id);
        PartyDraft draft = rules.check(form, lookups(user),
                new PartyRules.Existing(current, repository.identityKey(id).orElseThrow()));
        repository.findByIdentityKey(draft.identityKey()).filter(other -> other.id() != id).ifPresent(other -> {
            throw org.fazhi.platform.InvalidInput.of("code", "entities.party.code.taken", other.name());
        });
        if (!repository.update(draft)) {
            throw new StaleEdit(RECORD_TYPE, id);
        }
        CreditGrade grade = draft.party().creditGrade();
        if (grade != null && !Objects.equals(grade, current.creditGrade())) {
            grades.record(id, draft.party().region(), grade, LocalDate.now(clock), "编辑", null);
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, draft.party().region(),
                ChangedFields.between(current, draft.party())));
        return repository.find(id).orElseThrow();
    }

    /** 信用分级: a new grade from a source (e.g. the market-regulation bureau's grading), with its date and reason. */
    @Transactional
    public Party grade(SignedInUser user, long id, CreditGrade grade, LocalDate gradedOn, String source,
                       @Nullable String reason) {
        requireKeeper(user);
        Party party = get(user, id);
        grades.regrade(party, grade, gradedOn, source, reason);
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, party.region(), List.of("creditGrade")));
        return repository.find(id).orElseThrow();
    }

    static void requireStaff(SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("enterprises do not browse the party register");
        }
    }

    /** Refuses users who may not change the party register (for the bulk import). */
    public void checkMayKeep(SignedInUser user) {
        requireKeeper(user);
    }

    static void requireKeeper(SignedInUser user) {
        if (!user.hasRole(Role.ADMIN, Role.SUPERVISOR, Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("parties are kept by the bureau and agencies' legal offices");
        }
    }
}
