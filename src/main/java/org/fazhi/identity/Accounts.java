package org.fazhi.identity;

import java.util.List;

import org.fazhi.identity.internal.AccountRepository;
import org.fazhi.identity.internal.PasswordPolicy;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
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
    private final ApplicationEventPublisher events;

    Accounts(AccountRepository repository, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
             ApplicationEventPublisher events) {
        this.repository = repository;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
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
        if (repository.findByUsername(account.username()).isPresent()) {
            throw RuleViolation.of("identity.account.username-taken", account.username());
        }
        long id = repository.insert(account.username(), passwordEncoder.encode(account.password()),
                account.displayName(), account.role(), account.region(), account.agencyId(),
                account.mustChangePassword());
        events.publishEvent(DataChanged.created("identity.account", id, account.region(),
                ChangedFields.of(NewAccount.class).stream().filter(name -> !name.equals("password")).toList()));
        return id;
    }

    public boolean noneExist() {
        return repository.isEmpty();
    }
}
