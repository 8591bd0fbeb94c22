package org.fazhi.supervision.alert;

import java.util.List;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.identity.SupervisorAccounts;
import org.fazhi.platform.DemoMode;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.Monitoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's alerts: when the demo starts and the county has none yet, the full pass raises them from the
 * demo's cases, inspections and publications (after those are made), and the demo supervisor has handled a few:
 * some acknowledged, some resolved, one dismissed, so that every state shows.
 */
@Component
@Order(60)
class DemoAlerts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAlerts.class);

    private final DemoMode demoMode;
    private final Monitoring monitoring;
    private final Alerts alerts;
    private final SupervisorAccounts supervisors;
    private final JdbcClient jdbc;
    private final RegionCode county;

    DemoAlerts(DemoMode demoMode, Monitoring monitoring, Alerts alerts, SupervisorAccounts supervisors,
               JdbcClient jdbc, @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.monitoring = monitoring;
        this.alerts = alerts;
        this.supervisors = supervisors;
        this.jdbc = jdbc;
        this.county = RegionCode.of(county);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || jdbc.sql("select exists (select 1 from supervision.alert where region_code = ?)")
                .param(county.value()).query(Boolean.class).single()) {
            return;
        }
        Monitoring.CountyPass pass = monitoring.fullPass(county, monitoring.today());
        log.info("Demo county {}: {} alerts raised by the full pass", county, pass.raised());
        supervisors.of(county).stream().findFirst().ifPresent(this::handleSome);
    }

    private void handleSome(SupervisorAccounts.Supervisor account) {
        SignedInUser supervisor = new SignedInUser(account.accountId(), account.username(), account.displayName(),
                Role.SUPERVISOR, account.region(), null, null, true, false, false, null);
        List<Long> open = jdbc.sql("select id from supervision.alert where region_code = ? and state = 'OPEN'"
                + " order by id limit 6").param(county.value()).query(Long.class).list();
        for (int i = 0; i < open.size(); i++) {
            long id = open.get(i);
            alerts.acknowledge(supervisor, id);
            if (i == 1 || i == 2) {
                alerts.resolve(supervisor, id, demoText("resolved"));
            } else if (i == 3) {
                alerts.dismiss(supervisor, id, demoText("dismissed"));
            }
        }
    }

    private String demoText(String which) {
        return alerts.text("supervision.alert.demo." + which);
    }
}
