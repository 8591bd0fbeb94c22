package org.fazhi.platform.files;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar fazhi.jar --verify-files}: checks every stored file against its record, prints each missing or
 * altered one and exits with 0 when all are intact, 1 when not. For an operator, e.g. after restoring a backup.
 */
@Component
@Order(0)
class OfflineFileVerification implements ApplicationRunner {

    static final String OPTION = "verify-files";

    private final StoredFiles files;
    private final ConfigurableApplicationContext context;

    OfflineFileVerification(StoredFiles files, ConfigurableApplicationContext context) {
        this.files = files;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        FileCheck result = files.verify();
        System.out.println(report(result));
        int code = result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    static String report(FileCheck result) {
        StringBuilder text = new StringBuilder(result.intact()
                ? "文件完整：已校验 %d 个文件".formatted(result.checked())
                : "发现 %d 个文件缺失或被改动（共校验 %d 个）：".formatted(result.mismatches().size(), result.checked()));
        for (FileCheck.Mismatch mismatch : result.mismatches()) {
            StoredFile file = mismatch.file();
            text.append("%n  %s 文件 %d（%s %s，%s，SM3 %s）".formatted(
                    mismatch.problem() == FileCheck.Problem.MISSING ? "缺失" : "被改动", file.id(), file.ownerType(),
                    file.ownerId(), file.name(), file.sm3()));
        }
        return text.toString();
    }
}
