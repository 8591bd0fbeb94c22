package org.fazhi.identity;

import java.util.List;

import org.fazhi.identity.internal.Account;
import org.fazhi.identity.internal.AccountRepository;
import org.fazhi.identity.internal.PasswordPolicy;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening accounts: used by the administrator's pages, the first start and the demo county. */
@Service
public class Accounts {

    private final AccountRepository repository;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final PartyOptions parties;
    private final OfficerOptions officers;
    private final ApplicationEventPublisher events;

    Accounts(AccountRepository repository, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
             PartyOptions parties, OfficerOptions officers, ApplicationEventPublisher events) {
        this.repository = repository;
        this.officers = officers;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.parties = parties;
        this.events = events;
    }

    @Transactional
    public long open(NewAccount account) {
        List<String> problems = passwordPolicy.violations(account.password());
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems.get(0), passwordPolicy.minLength());
        }
        if (account.role().isAgencyScoped() && account.agencyId() == null) {
            throw RuleViolation.of("identity.account.agency-required");
        }
        checkParty(account);
        if (repository.findByUsername(account.username()).isPresent()) {
            throw RuleViolation.of("identity.account.username-taken", account.username());
        }
        long id = repository.insert(account.username(), passwordEncoder.encode(account.password()),
                account.displayName(), account.role(), account.region(), account.agencyId(), account.partyId(),
                account.mustChangePassword());
        events.publishEvent(DataChanged.created("identity.account", id, account.region(),
                ChangedFields.of(NewAccount.class).stream().filter(name -> !name.equals("password")).toList()));
        return id;
    }

    /** Opens an officer's account that names the officer (执法人员) it belongs to; null opens it unlinked. */
    @Transactional
    public long open(NewAccount account, @Nullable Long officerId) {
        long id = open(account);
        if (officerId != null) {
            linkOfficer(repository.findById(id).orElseThrow(), officerId);
        }
        return id;
    }

    /** Links an existing officer's account to its officer (the demo county links its officer account this way). */
    @Transactional
    public void linkOfficer(String username, long officerId) {
        linkOfficer(repository.findByUsername(username).orElseThrow(), officerId);
    }

    /**
     * Links an officer's account of the scope to the officer holding the certificate (执法证号): the administrator's
     * action for an account opened before accounts named their officer.
     */
    @Transactional
    public void linkOfficer(DataScope scope, long accountId, @Nullable String certificateNumber) {
        Account account = repository.findById(accountId).filter(found -> scope.region().contains(found.region()))
                .orElseThrow(() -> new NotFound("identity.account", accountId));
        String number = certificateNumber == null ? "" : certificateNumber.strip();
        if (number.isEmpty()) {
            throw InvalidInput.of("certificate", "identity.accounts.officer.required");
        }
        OfficerOptions.Option officer = officers.byCertificateNumber(number)
                .orElseThrow(() -> InvalidInput.of("certificate", "identity.accounts.officer.unknown", number));
        linkOfficer(account, officer.id());
    }

    /** An officer's account names an officer of its own agency, whom no other account names. */
    private void linkOfficer(Account account, long officerId) {
        if (account.role() != Role.OFFICER) {
            throw RuleViolation.of("identity.account.officer-not-allowed");
        }
        OfficerOptions.Option officer = officers.find(officerId)
                .filter(option -> Long.valueOf(option.agencyId()).equals(account.agencyId()))
                .orElseThrow(() -> RuleViolation.of("identity.account.officer-other-agency"));
        if (repository.findByOfficer(officer.id()).filter(other -> other.id() != account.id()).isPresent()) {
            throw RuleViolation.of("identity.account.officer-taken", officer.name());
        }
        repository.linkOfficer(account.id(), officer.id());
        events.publishEvent(DataChanged.updated("identity.account", account.id(), account.region(),
                List.of("officerId")));
    }

    /**
     * An enterprise account speaks for exactly one party of its own region, and no other account speaks for one:
     * the party decides whose inspection history the account sees.
     */
    private void checkParty(NewAccount account) {
        Long partyId = account.partyId();
        if (partyId == null) {
            if (account.role().speaksForAParty()) {
                throw RuleViolation.of("identity.account.party-required");
            }
            return;
        }
        if (!account.role().speaksForAParty()) {
            throw RuleViolation.of("identity.account.party-not-allowed");
        }
        if (parties.find(partyId).filter(party -> account.region().contains(party.region())).isEmpty()) {
            throw RuleViolation.of("identity.account.party-outside");
        }
    }

    public boolean noneExist() {
        return repository.isEmpty();
    }
}
