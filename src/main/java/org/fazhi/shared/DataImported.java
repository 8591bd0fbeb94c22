package org.fazhi.shared;

/**
 * A bulk import wrote many records at once. Audited as one entry naming the counts (an entry per row would make
 * a million-row import a million audit entries), like an export.
 */
public record DataImported(String recordType, RegionCode region, long inserted, long updated) {
}
