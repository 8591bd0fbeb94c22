package org.fazhi.identity.internal;

import java.security.SecureRandom;

import org.fazhi.identity.Accounts;
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
 * Outside demo mode, the very first start opens an {@code admin} account with a random password, printed once
 * to the console and never stored in clear; the first login must change it.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String SYMBOLS = "@#%+=!";

    private final Accounts accounts;
    private final DemoMode demoMode;
    private final String regionCode;

    InitialAdministrator(Accounts accounts, DemoMode demoMode,
                         @Value("${fazhi.region-code}") String regionCode) {
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.regionCode = regionCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.isEnabled() || !accounts.noneExist()) {
            return;
        }
        String password = randomPassword();
        accounts.open(new NewAccount("admin", password, "系统管理员", Role.ADMIN, RegionCode.of(regionCode), null, null,
                true));
        // Printed once, to the console only: the operator must note it now. It is not logged to files.
        System.out.println("""

                ==============================================================
                  Fazhi 首次启动：已创建管理员账号 admin
                  初始密码（仅显示这一次，首次登录后须修改）： %s
                ==============================================================
                """.formatted(password));
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // Guarantee every character class the password policy asks for.
        password.append((char) ('A' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)))
                .append(random.nextInt(10)).append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        return password.toString();
    }
}
