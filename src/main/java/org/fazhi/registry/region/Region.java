package org.fazhi.registry.region;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/** The county or one of its townships and subdistricts. */
public record Region(RegionCode code, String name, RegionKind kind, @Nullable RegionCode parent, int version) {

    public boolean isCounty() {
        return kind == RegionKind.COUNTY;
    }
}
