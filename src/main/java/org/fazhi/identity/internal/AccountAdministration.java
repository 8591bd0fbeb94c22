package org.fazhi.identity.internal;

import java.util.List;

import org.fazhi.identity.DataScope;
import org.fazhi.shared.DataChanged;
import org.fazhi.platform.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator does to existing accounts, always inside his or her own region. */
@Service
public class AccountAdministration {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    AccountAdministration(AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
    }

    public List<Account> list(DataScope scope) {
        return accounts.findIn(scope);
    }

    @Transactional
    public void unlock(DataScope scope, long id) {
        Account account = find(scope, id);
        accounts.unlock(id);
        events.publishEvent(DataChanged.updated("identity.account", id, account.region(),
                List.of("failedAttempts", "lockedUntil")));
    }

    @Transactional
    public void setEnabled(DataScope scope, long id, boolean enabled) {
        Account account = find(scope, id);
        if (enabled && account.role().speaksForAParty() && account.partyId() == null) {
            // Only accounts from before enterprise accounts named their party (migration V2026_11_23_93).
            throw RuleViolation.of("identity.account.party-required");
        }
        accounts.setEnabled(id, enabled);
        events.publishEvent(DataChanged.updated("identity.account", id, account.region(), List.of("enabled")));
    }

    /** Gives the account a new random password that must be changed at the next login; returns it once. */
    @Transactional
    public String resetPassword(DataScope scope, long id) {
        Account account = find(scope, id);
        String temporary = InitialAdministrator.randomPassword();
        accounts.resetPassword(id, encoder.encode(temporary));
        events.publishEvent(DataChanged.updated("identity.account", id, account.region(),
                List.of("passwordHash", "mustChangePassword")));
        return temporary;
    }

    private Account find(DataScope scope, long id) {
        return accounts.findById(id).filter(account -> scope.region().contains(account.region()))
                .orElseThrow(() -> new NotFound("identity.account", id));
    }
}
