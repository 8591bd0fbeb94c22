package org.fazhi.registry.region;

/** 县 (or county-level city, district), 镇, 乡, 街道: towns and subdistricts receive different delegated lists. */
public enum RegionKind {
    COUNTY, TOWN, TOWNSHIP, SUBDISTRICT
}
