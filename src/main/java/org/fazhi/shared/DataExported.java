package org.fazhi.shared;

/**
 * Records of a type left the system in a file (Excel export). Exports of personal data are audited like
 * changes (security.md, 安全审计).
 */
public record DataExported(String recordType, RegionCode region, long count) {
}
