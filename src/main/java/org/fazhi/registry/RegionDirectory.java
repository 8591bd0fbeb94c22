package org.fazhi.registry;

import java.util.List;
import java.util.Optional;

import org.fazhi.registry.region.Region;
import org.fazhi.registry.region.RegionKind;
import org.fazhi.registry.region.RegionRepository;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/** Other modules' read-only view of the county and its townships. */
@Service
public class RegionDirectory {

    /** A region as other modules see it; {@code subdistrict} tells 街道 from 镇/乡. */
    public record RegionInfo(RegionCode code, String name, boolean county, boolean subdistrict) {
    }

    private final RegionRepository regions;

    RegionDirectory(RegionRepository regions) {
        this.regions = regions;
    }

    /** The region and everything below it, county first. */
    public List<RegionInfo> within(RegionCode region) {
        return regions.within(region).stream().map(RegionDirectory::info).toList();
    }

    public Optional<RegionInfo> find(RegionCode code) {
        return regions.find(code).map(RegionDirectory::info);
    }

    private static RegionInfo info(Region region) {
        return new RegionInfo(region.code(), region.name(), region.isCounty(), region.kind() == RegionKind.SUBDISTRICT);
    }
}
