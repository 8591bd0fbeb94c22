package org.fazhi.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Distances between WGS-84 points, for a check-in's distance from a party's registered address. */
class GeoPointTests {

    private static final GeoPoint JIA_COUNTY = new GeoPoint(33.9710, 113.2130);

    @Test
    void aPointIsNoDistanceFromItself() {
        assertThat(JIA_COUNTY.metresTo(JIA_COUNTY)).isZero();
    }

    @Test
    void oneThousandthOfADegreeOfLatitudeIsAbout111Metres() {
        assertThat(JIA_COUNTY.metresTo(new GeoPoint(33.9720, 113.2130))).isEqualTo(111);
    }

    @Test
    void measuresKnownDistancesBetweenCities() {
        GeoPoint beijing = new GeoPoint(39.9042, 116.4074);
        GeoPoint shanghai = new GeoPoint(31.2304, 121.4737);
        // 1,067 km along the great circle (published figures say 1,067-1,068 km)
        assertThat(beijing.metresTo(shanghai)).isCloseTo(1_067_300L, within(1_500L));
        assertThat(shanghai.metresTo(beijing)).isEqualTo(beijing.metresTo(shanghai));
    }

    @Test
    void anOffsetMovesThePointByThatManyMetres() {
        GeoPoint moved = JIA_COUNTY.offset(600, -800);

        assertThat(JIA_COUNTY.metresTo(moved)).isCloseTo(1_000L, within(1L));
        assertThat(moved.latitude()).isGreaterThan(JIA_COUNTY.latitude());
        assertThat(moved.longitude()).isLessThan(JIA_COUNTY.longitude());
    }

    @Test
    void refusesCoordinatesOffTheEarth() {
        assertThatThrownBy(() -> new GeoPoint(91, 113)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("shared.geo.latitude"));
        assertThatThrownBy(() -> new GeoPoint(33, 181)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("shared.geo.longitude"));
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 113)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void takesBothCoordinatesOrNeither() {
        assertThat(GeoPoint.of(null, null)).isEmpty();
        assertThat(GeoPoint.of(33.97, 113.21)).contains(new GeoPoint(33.97, 113.21));
        assertThatThrownBy(() -> GeoPoint.of(33.97, null)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("shared.geo.incomplete"));
    }

    @Test
    void printsSixDecimals() {
        assertThat(new GeoPoint(33.97, 113.2)).hasToString("33.970000,113.200000");
    }
}
