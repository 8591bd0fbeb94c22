package org.fazhi.shared;

import java.util.List;

/**
 * A record of business data was created, changed or deleted. Every module publishes one per write, inside the
 * writing transaction; the audit trail appends an entry for it. Carries ids and field names, never values, so no
 * personal data travels with it.
 *
 * @param recordType    {@code module.aggregate}, e.g. {@code registry.officer}
 * @param recordId      the record's id
 * @param region        the region the record belongs to
 * @param changedFields names of the fields that changed (all fields for a creation, none for a deletion)
 */
public record DataChanged(String recordType, String recordId, RegionCode region, Kind kind,
                          List<String> changedFields) {

    public enum Kind { CREATED, UPDATED, DELETED }

    public DataChanged {
        changedFields = List.copyOf(changedFields);
    }

    public static DataChanged created(String recordType, Object recordId, RegionCode region, List<String> fields) {
        return new DataChanged(recordType, String.valueOf(recordId), region, Kind.CREATED, fields);
    }

    public static DataChanged updated(String recordType, Object recordId, RegionCode region, List<String> fields) {
        return new DataChanged(recordType, String.valueOf(recordId), region, Kind.UPDATED, fields);
    }

    public static DataChanged deleted(String recordType, Object recordId, RegionCode region) {
        return new DataChanged(recordType, String.valueOf(recordId), region, Kind.DELETED, List.of());
    }
}
