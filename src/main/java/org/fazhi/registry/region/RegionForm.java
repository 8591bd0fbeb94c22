package org.fazhi.registry.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A township or subdistrict to add below the county. */
public record RegionForm(
        @NotBlank(message = "{registry.region.code.required}")
        @Pattern(regexp = "[1-9][0-9]{8}", message = "{registry.region.code.pattern}") String code,
        @NotBlank(message = "{registry.region.name.required}") @Size(max = 40, message = "{registry.region.name.size}") String name,
        @NotNull(message = "{registry.region.kind.required}") @Nullable RegionKind kind,
        int version) {

    public static RegionForm empty(String countyCode) {
        return new RegionForm(countyCode, "", RegionKind.TOWN, 0);
    }
}
