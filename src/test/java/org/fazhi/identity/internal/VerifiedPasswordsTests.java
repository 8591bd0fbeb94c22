package org.fazhi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The slow hash is paid once per period for a right password, and every time for a wrong one. */
class VerifiedPasswordsTests {

    /** A stand-in for BCrypt that counts how often it is asked: "hash:" + the password. */
    private static final class CountingHash implements PasswordEncoder {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            asked.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    }

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private final CountingHash slow = new CountingHash();

    @Test
    void aRightPasswordIsHashedOnceWhileRemembered() {
        VerifiedPasswords passwords = new VerifiedPasswords(slow, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < 10; i++) {
            assertThat(passwords.matches("Demo@2026", "hash:Demo@2026")).isTrue();
        }
        assertThat(slow.asked).hasValue(1);
    }

    @Test
    void aWrongPasswordIsHashedEveryTime() {
        VerifiedPasswords passwords = new VerifiedPasswords(slow, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(passwords.matches("Demo@2026", "hash:Demo@2026")).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("Guess@2026", "hash:Demo@2026")).isFalse();
        }
        assertThat(slow.asked).hasValue(4);
    }

    @Test
    void aChangedPasswordNoLongerMatchesTheOldOne() {
        VerifiedPasswords passwords = new VerifiedPasswords(slow, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(passwords.matches("Demo@2026", "hash:Demo@2026")).isTrue();
        assertThat(passwords.matches("Demo@2026", "hash:New@2027")).isFalse();
    }

    @Test
    void afterThePeriodThePasswordIsHashedAgain() {
        MovingClock clock = new MovingClock();
        VerifiedPasswords passwords = new VerifiedPasswords(slow, Duration.ofMinutes(5), clock);
        assertThat(passwords.matches("Demo@2026", "hash:Demo@2026")).isTrue();
        clock.now = NOW.plus(Duration.ofMinutes(6));
        assertThat(passwords.matches("Demo@2026", "hash:Demo@2026")).isTrue();
        assertThat(slow.asked).hasValue(2);
    }

    private static final class MovingClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
