package org.fazhi.inspection.plan;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;

import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The seeds of plans' draws. At publication a new secret (32 random bytes as 64 hex digits) is sealed with SM4 and
 * its commitment, bound to the announced public value, is published; at the draw the secret is unsealed and combined
 * with the value entered (a plan published before combined seeds uses its old mode).
 */
@Component
class PlanSeeds {

    private static final SecureRandom SECRETS = new SecureRandom();

    /** A sealed secret and the commitment to publish. */
    record Sealed(String commitment, String cipher) {
    }

    /** The seed a draw uses, and the secret it reveals (combined seeds only). */
    record Drawn(String seed, @Nullable String secret) {
    }

    private final PlanRepository plans;
    private final FieldCipher cipher;
    private final Clock clock;

    PlanSeeds(PlanRepository plans, FieldCipher cipher, Clock clock) {
        this.plans = plans;
        this.cipher = cipher;
        this.clock = clock;
    }

    Sealed seal(PublicRandomness randomness) {
        byte[] bytes = new byte[32];
        SECRETS.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        return new Sealed(randomness.commitment(secret, clock.getZone()), cipher.encrypt(secret));
    }

    Drawn seedFor(InspectionPlan plan, PublicValue value) {
        return switch (plan.seedMode()) {
            case COMBINED -> {
                String secret = unseal(plan);
                yield new Drawn(CombinedSeed.seedOf(secret, value.value()), secret);
            }
            case COMMITTED -> new Drawn(unseal(plan), null);
            case PUBLIC_VALUE -> {
                if (value.value().isEmpty()) {
                    throw InvalidInput.of("publicValue", "inspection.plan.draw.seed.required",
                            Objects.requireNonNullElse(plan.seedSource(), ""));
                }
                yield new Drawn(value.value(), null);
            }
        };
    }

    private String unseal(InspectionPlan plan) {
        return cipher.decrypt(plans.seedCipher(plan.id()).orElseThrow());
    }
}
