package org.fazhi.casework.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Casework's today and now. Replaying a county's history (the demo county, a generated province) takes each step
 * through the same services and rules on the day it happened: {@link #asOf} sets that moment for the current thread,
 * for the length of one action. Requests of users never set it.
 */
@Component
public class CaseClock {

    private final Clock clock;
    private final ThreadLocal<Instant> moment = new ThreadLocal<>();

    CaseClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        Instant at = moment.get();
        return at != null ? at : clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), clock.getZone());
    }

    /** The moment of that day, at that time, in the county's time zone. */
    public Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toInstant();
    }

    /** Does {@code action} as of the moment {@code at}, then comes back to the present. */
    public <T> T asOf(Instant at, Supplier<T> action) {
        Instant before = moment.get();
        moment.set(at);
        try {
            return action.get();
        } finally {
            if (before == null) {
                moment.remove();
            } else {
                moment.set(before);
            }
        }
    }
}
