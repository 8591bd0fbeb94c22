package org.fazhi.identity.internal;

import java.time.Clock;
import java.util.List;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changes his or her own password: the current one must be right and the new one must meet the policy. */
@Service
public class PasswordChange {

    /** A refused change: which form field, which message. */
    public record Problem(String field, String messageKey) {
    }

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final IdentityProperties rules;
    private final DemoMode demoMode;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordChange(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, IdentityProperties rules,
                   DemoMode demoMode, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.rules = rules;
        this.demoMode = demoMode;
        this.events = events;
        this.clock = clock;
    }

    public int minLength() {
        return policy.minLength();
    }

    @Transactional
    public List<Problem> change(SignedInUser user, String current, String replacement) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!encoder.matches(current, account.passwordHash())) {
            return List.of(new Problem("current", "identity.password.current.wrong"));
        }
        if (encoder.matches(replacement, account.passwordHash())) {
            return List.of(new Problem("replacement", "identity.password.same-as-before"));
        }
        List<Problem> problems = policy.violations(replacement).stream()
                .map(key -> new Problem("replacement", key)).toList();
        if (!problems.isEmpty()) {
            return problems;
        }
        accounts.changePassword(account.id(), encoder.encode(replacement), clock.instant());
        events.publishEvent(DataChanged.updated("identity.account", account.id(), account.region(),
                List.of("passwordHash")));
        return List.of();
    }

    /** The account as it is now, for replacing the principal a session was opened with. */
    public SignedInUser reload(long accountId) {
        SignedInUser principal = accounts.findById(accountId).orElseThrow()
                .toSignedInUser(clock.instant(), rules, demoMode.isEnabled());
        principal.eraseCredentials();
        return principal;
    }
}
