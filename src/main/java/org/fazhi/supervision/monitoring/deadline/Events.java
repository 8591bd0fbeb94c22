package org.fazhi.supervision.monitoring.deadline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import org.fazhi.shared.DataChanged;

/** Which record of a given type an event is about, when it says so through {@link DataChanged}. */
final class Events {

    private Events() {
    }

    /** The records a batch of events is about, each once, in the order first named. */
    static Set<Long> ids(List<?> events, Function<Object, OptionalLong> idOf) {
        Set<Long> ids = new LinkedHashSet<>();
        events.forEach(event -> idOf.apply(event).ifPresent(ids::add));
        return ids;
    }

    static OptionalLong changed(Object event, String recordType) {
        if (event instanceof DataChanged changed && changed.recordType().equals(recordType)
                && changed.kind() != DataChanged.Kind.DELETED) {
            try {
                return OptionalLong.of(Long.parseLong(changed.recordId()));
            } catch (NumberFormatException notAnId) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
