package org.fazhi.audit.internal;

import org.fazhi.audit.AuditVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar fazhi.jar --verify-audit-trail}: verifies the trail, prints the result and exits with 0 when it
 * is intact, 1 when it is not. For an operator with the application stopped (or a copy of the database).
 */
@Component
@Order(0)
class OfflineVerification implements ApplicationRunner {

    static final String OPTION = "verify-audit-trail";

    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    OfflineVerification(ChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        AuditVerification result = verifier.verify();
        System.out.println(result.intact()
                ? "审计链完整：已校验 %d 条记录、%d 个链节点，待封存 %d 条".formatted(result.entriesChecked(),
                        result.linksChecked(), result.unsealed())
                : "审计链被破坏：第一个问题在链序号 %d（审计记录 %d）：%s".formatted(result.firstBreak().seq(),
                        result.firstBreak().entryId(), result.firstBreak().reason()));
        int code = result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
