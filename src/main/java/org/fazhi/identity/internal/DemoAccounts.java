package org.fazhi.identity.internal;

import java.util.List;

import org.fazhi.identity.Accounts;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.platform.DemoMode;
import org.fazhi.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, one account per role with the documented password {@value #PASSWORD} (README). Agency accounts
 * belong to the county's market-regulation bureau (the first agency in the demo county). Never outside demo mode.
 */
@Component
@Order(30)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";

    private final Accounts accounts;
    private final AgencyOptions agencies;
    private final DemoMode demoMode;
    private final RegionCode county;

    DemoAccounts(Accounts accounts, AgencyOptions agencies, DemoMode demoMode,
                 @Value("${fazhi.region-code}") String county) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.demoMode = demoMode;
        this.county = RegionCode.of(county);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || !accounts.noneExist()) {
            return;
        }
        Long agency = agencies.within(DataScope.ofRegion(county)).stream()
                .filter(option -> option.name().contains("市场监督管理局")).findFirst()
                .map(AgencyOptions.Option::id).orElse(null);
        List<NewAccount> demo = List.of(
                account("admin", "系统管理员", Role.ADMIN, null),
                account("supervisor", "司法局执法监督科", Role.SUPERVISOR, null),
                account("agency", "市场监管局法制股", Role.AGENCY_ADMIN, agency),
                account("officer", "市场监管局执法人员", Role.OFFICER, agency),
                account("reconsideration", "行政复议工作人员", Role.RECONSIDERATION, null),
                account("leader", "县政府领导", Role.LEADER, null),
                account("enterprise", "演示企业", Role.ENTERPRISE, null));
        demo.stream().filter(account -> !account.role().isAgencyScoped() || agency != null).forEach(accounts::open);
    }

    private NewAccount account(String username, String name, Role role, Long agency) {
        return new NewAccount(username, PASSWORD, name, role, county, agency, false);
    }
}
