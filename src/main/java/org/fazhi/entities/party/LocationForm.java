package org.fazhi.entities.party;

import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** A party's coordinates as typed (both empty: not known). */
public record LocationForm(
        @Nullable @DecimalMin(value = "-90", message = "{shared.geo.latitude}")
        @DecimalMax(value = "90", message = "{shared.geo.latitude}") Double latitude,
        @Nullable @DecimalMin(value = "-180", message = "{shared.geo.longitude}")
        @DecimalMax(value = "180", message = "{shared.geo.longitude}") Double longitude) {

    public static LocationForm of(Optional<GeoPoint> at) {
        return at.map(point -> new LocationForm(point.latitude(), point.longitude()))
                .orElse(new LocationForm(null, null));
    }

    /** The point, or null for none; one coordinate without the other is refused beside the missing one. */
    public @Nullable GeoPoint point() {
        try {
            return GeoPoint.of(latitude, longitude).orElse(null);
        } catch (InvalidValueException invalid) {
            throw InvalidInput.of(latitude == null ? "latitude" : "longitude", invalid.messageKey());
        }
    }
}
