package org.fazhi.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins and locks the account after too many in a row (等保 身份鉴别). */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final IdentityProperties rules;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, IdentityProperties rules, Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName(), rules.maxFailedLogins(),
                clock.instant().plus(rules.lockDuration()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName(), clock.instant());
    }
}
