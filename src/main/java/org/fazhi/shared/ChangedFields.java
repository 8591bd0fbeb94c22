package org.fazhi.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Names the components that differ between two versions of the same record type, for the audit trail. */
public final class ChangedFields {

    private static final Set<String> IGNORED = Set.of("id", "version");

    private ChangedFields() {
    }

    public static <R extends Record> List<String> between(R before, R after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (!IGNORED.contains(component.getName())
                    && !Objects.equals(read(component, before), read(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    public static List<String> of(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (!IGNORED.contains(component.getName())) {
                names.add(component.getName());
            }
        }
        return names;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
