package org.fazhi.catalog;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * An item got a new version (修订): the same code, on the county's list from {@code effectiveFrom}. Records that
 * name the earlier version — an annual inspection plan, say — still mean the item, and may follow it.
 */
public record ItemRevised(long previousVersionId, long newVersionId, String code, RegionCode county,
                          LocalDate effectiveFrom) {
}
