package org.fazhi.identity;

import java.time.Duration;

import org.fazhi.identity.internal.IdentityProperties;
import org.fazhi.identity.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(new IdentityProperties(5, Duration.ofMinutes(15),
            Duration.ofDays(90), Duration.ofDays(90), 8));

    @Test
    void acceptsAPasswordWithAllFourClasses() {
        assertThat(policy.violations("Demo@2026")).isEmpty();
    }

    @Test
    void namesEveryBrokenRule() {
        assertThat(policy.violations("abc")).containsExactly("identity.password.too-short",
                "identity.password.needs-upper", "identity.password.needs-digit", "identity.password.needs-symbol");
        assertThat(policy.violations("ABCDEFGH1!")).containsExactly("identity.password.needs-lower");
        assertThat(policy.violations("Abcdefgh!")).containsExactly("identity.password.needs-digit");
        assertThat(policy.violations("Abcdefgh1")).containsExactly("identity.password.needs-symbol");
    }

}
