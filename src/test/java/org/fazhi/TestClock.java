package org.fazhi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The suite's clock, in place of the application's wherever the test classes are on the class path (found by the
 * component scan, like the other test data components): Beijing time, which a test may set back for one action
 * (publishing a plan whose public value has been read since, as a plan published last week would be) and that
 * returns to now afterwards. Tests run one at a time, so nothing else sees the shifted time.
 */
@Component
@Primary
public final class TestClock extends Clock {

    private final Clock system = Clock.system(ZoneId.of("Asia/Shanghai"));
    private volatile Duration offset = Duration.ZERO;

    /** Does {@code action} as if it were {@code ago} earlier, then comes back to now. */
    public <T> T earlierBy(Duration ago, Supplier<T> action) {
        offset = ago.negated();
        try {
            return action.get();
        } finally {
            offset = Duration.ZERO;
        }
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }
}
