package org.fazhi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fazhi.shared.Sm3;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The slow password hash, remembering for a short while which (password, stored hash) pairs it has verified: a
 * script that sends HTTP Basic credentials with every request pays BCrypt (50–130 ms on two cores) once per period
 * instead of on every call. Only successes are remembered, each as a keyed SM3 of the pair under a key that exists
 * in this process's memory alone; a changed password changes the stored hash, so an earlier match no longer
 * applies; a wrong password always pays the full hash, so guessing is as slow as before.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private static final int CAPACITY = 10_000;

    private final PasswordEncoder slow;
    private final Duration remembered;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Instant> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };

    VerifiedPasswords(PasswordEncoder slow, Duration remembered, Clock clock) {
        this.slow = slow;
        this.remembered = remembered;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return slow.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || remembered.isZero()) {
            return slow.matches(rawPassword, encodedPassword);
        }
        String pair = Sm3.hex(Sm3.hmac(key, (encodedPassword + '\0' + rawPassword).getBytes(StandardCharsets.UTF_8)));
        Instant now = clock.instant();
        synchronized (verified) {
            Instant until = verified.get(pair);
            if (until != null && until.isAfter(now)) {
                return true;
            }
        }
        boolean matches = slow.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(pair, now.plus(remembered));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return slow.upgradeEncoding(encodedPassword);
    }
}
