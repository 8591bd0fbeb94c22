package org.fazhi.supervision.monitoring.deadline;

import java.util.OptionalLong;

import org.fazhi.shared.DataChanged;

/** Which record of a given type an event is about, when it says so through {@link DataChanged}. */
final class Events {

    private Events() {
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
