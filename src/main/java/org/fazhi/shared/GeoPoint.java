package org.fazhi.shared;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A place on the earth in WGS-84 degrees, as a phone's satellite fix and a browser's geolocation report it. Distances
 * are great-circle (haversine) on a sphere of the earth's mean radius: within 0.5% of the ellipsoid, far below the
 * tens of metres a phone is off by, which is all a check-in's distance from a registered address needs.
 */
public record GeoPoint(double latitude, double longitude) {

    /** The IUGG mean earth radius. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidValueException("shared.geo.latitude");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException("shared.geo.longitude");
        }
    }

    /** Both coordinates, or neither (no place); one without the other is refused. */
    public static Optional<GeoPoint> of(@Nullable Double latitude, @Nullable Double longitude) {
        if (latitude == null && longitude == null) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null) {
            throw new InvalidValueException("shared.geo.incomplete");
        }
        return Optional.of(new GeoPoint(latitude, longitude));
    }

    /** Metres along the earth's surface to another point, rounded to the metre. */
    public long metresTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double halfDLat = (lat2 - lat1) / 2;
        double halfDLng = Math.toRadians(other.longitude - longitude) / 2;
        double h = Math.sin(halfDLat) * Math.sin(halfDLat)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(halfDLng) * Math.sin(halfDLng);
        return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    /** The point a distance north and east of this one (negative for south and west): for placing demo data. */
    public GeoPoint offset(double northMetres, double eastMetres) {
        double dLat = Math.toDegrees(northMetres / EARTH_RADIUS_METRES);
        double dLng = Math.toDegrees(eastMetres / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(latitude))));
        return new GeoPoint(latitude + dLat, longitude + dLng);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }
}
