package org.fazhi.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fazhi.registry.region.Region;
import org.fazhi.registry.region.RegionRepository;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * A region's Chinese name for display (the page header: {@code ${@regionNames.of(code)}}). Names change rarely,
 * so they are remembered; an unknown code shows as itself.
 */
@Component("regionNames")
public class RegionNames {

    private final RegionRepository regions;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    RegionNames(RegionRepository regions) {
        this.regions = regions;
    }

    public String of(String code) {
        if (!RegionCode.isValid(code)) {
            return code;
        }
        return names.computeIfAbsent(code, key -> regions.find(RegionCode.of(key)).map(Region::name).orElse(key));
    }
}
