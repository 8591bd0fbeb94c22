package org.fazhi.identity.internal;

import java.time.Clock;

import org.fazhi.platform.DemoMode;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final IdentityProperties rules;
    private final DemoMode demoMode;
    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, IdentityProperties rules, DemoMode demoMode, Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.demoMode = demoMode;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> account.toSignedInUser(clock.instant(), rules, demoMode.isEnabled()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
