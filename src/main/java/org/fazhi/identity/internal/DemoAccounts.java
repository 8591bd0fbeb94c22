package org.fazhi.identity.internal;

import java.util.List;

import org.fazhi.identity.Accounts;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.PartyOptions;
import org.fazhi.identity.Role;
import org.fazhi.platform.DemoMode;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, one account per role with the documented password {@value #PASSWORD} (README). Agency accounts
 * belong to the county's market-regulation bureau (the first agency in the demo county); the enterprise account
 * speaks for the county's operating enterprise with the lowest id, the same party in every fresh demo database.
 * Runs after the demo parties (entities' DemoParties, order 29). Never outside demo mode.
 */
@Component
@Order(30)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    static final String ENTERPRISE_USER = "enterprise";
    static final String OFFICER_USER = "officer";

    private final Accounts accounts;
    private final AccountRepository repository;
    private final AgencyOptions agencies;
    private final PartyOptions parties;
    private final OfficerOptions officers;
    private final DemoMode demoMode;
    private final ApplicationEventPublisher events;
    private final RegionCode county;

    DemoAccounts(Accounts accounts, AccountRepository repository, AgencyOptions agencies, PartyOptions parties,
                 OfficerOptions officers, DemoMode demoMode, ApplicationEventPublisher events,
                 @Value("${fazhi.region-code}") String county) {
        this.officers = officers;
        this.accounts = accounts;
        this.repository = repository;
        this.agencies = agencies;
        this.parties = parties;
        this.demoMode = demoMode;
        this.events = events;
        this.county = RegionCode.of(county);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        Long party = parties.firstEnterpriseIn(county).map(PartyOptions.Option::id).orElse(null);
        if (accounts.noneExist()) {
            open(party);
        } else if (party != null) {
            linkOlderEnterpriseAccount(party);
        }
        linkOfficer();
    }

    /** The demo officer is the agency's certified officer with the lowest id, so he or she can check visits in. */
    private void linkOfficer() {
        repository.findByUsername(OFFICER_USER)
                .filter(account -> account.officerId() == null && account.agencyId() != null)
                .flatMap(account -> officers.certifiedOf(account.agencyId()).stream().findFirst())
                .ifPresent(officer -> accounts.linkOfficer(OFFICER_USER, officer.id()));
    }

    private void open(@Nullable Long party) {
        Long agency = agencies.within(DataScope.ofRegion(county)).stream()
                .filter(option -> option.name().contains("市场监督管理局")).findFirst()
                .map(AgencyOptions.Option::id).orElse(null);
        List<NewAccount> demo = List.of(
                account("admin", "系统管理员", Role.ADMIN, null, null),
                account("supervisor", "司法局执法监督科", Role.SUPERVISOR, null, null),
                account("agency", "市场监管局法制股", Role.AGENCY_ADMIN, agency, null),
                account(OFFICER_USER, "市场监管局执法人员", Role.OFFICER, agency, null),
                account("reconsideration", "行政复议工作人员", Role.RECONSIDERATION, null, null),
                account("leader", "县政府领导", Role.LEADER, null, null),
                account(ENTERPRISE_USER, "演示企业", Role.ENTERPRISE, null, party));
        demo.stream().filter(account -> !account.role().isAgencyScoped() || agency != null)
                .filter(account -> !account.role().speaksForAParty() || party != null)
                .forEach(accounts::open);
    }

    /** A demo database from before enterprise accounts named their party: its migration disabled the account. */
    private void linkOlderEnterpriseAccount(long party) {
        repository.findByUsername(ENTERPRISE_USER)
                .filter(account -> account.role().speaksForAParty() && account.partyId() == null)
                .ifPresent(account -> {
                    repository.linkParty(account.id(), party);
                    events.publishEvent(DataChanged.updated("identity.account", account.id(), account.region(),
                            List.of("partyId", "enabled")));
                });
    }

    private NewAccount account(String username, String name, Role role, @Nullable Long agency, @Nullable Long party) {
        return new NewAccount(username, PASSWORD, name, role, county, agency, party, false);
    }
}
