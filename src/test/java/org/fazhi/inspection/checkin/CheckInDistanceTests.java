package org.fazhi.inspection.checkin;

import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 亮码即定位's flag: farther than the threshold plus the phone's own accuracy. */
class CheckInDistanceTests {

    private static final GeoPoint PARTY = new GeoPoint(33.9710, 113.2130);
    private static final int THRESHOLD = 1_000;

    @Test
    void aScanAtTheEnterpriseIsNotFar() {
        CheckInDistance distance = CheckInDistance.between(new ScanLocation(PARTY.offset(30, 40), 15), PARTY,
                THRESHOLD);

        assertThat(distance.metres()).isEqualTo(50);
        assertThat(distance.far()).isFalse();
    }

    @Test
    void aScanBeyondTheThresholdIsFar() {
        CheckInDistance distance = CheckInDistance.between(new ScanLocation(PARTY.offset(3_000, 0), 20), PARTY,
                THRESHOLD);

        assertThat(distance.metres()).isBetween(2_999L, 3_001L);
        assertThat(distance.far()).isTrue();
    }

    @Test
    void aPhoneUnsureOfItsPlaceGetsTheBenefitOfItsDoubt() {
        ScanLocation cellTowerFix = new ScanLocation(PARTY.offset(1_500, 0), 800);
        ScanLocation satelliteFix = new ScanLocation(PARTY.offset(1_500, 0), 10);

        assertThat(CheckInDistance.between(cellTowerFix, PARTY, THRESHOLD).far()).isFalse();
        assertThat(CheckInDistance.between(satelliteFix, PARTY, THRESHOLD).far()).isTrue();
    }

    @Test
    void exactlyAtTheLimitIsNotFar() {
        ScanLocation at = new ScanLocation(PARTY.offset(1_100, 0), 0);
        long metres = at.point().metresTo(PARTY);

        assertThat(CheckInDistance.between(at, PARTY, (int) metres).far()).isFalse();
        assertThat(CheckInDistance.between(at, PARTY, (int) metres - 1).far()).isTrue();
    }

    @Test
    void withoutThePartysPlaceThereIsNoDistanceAndNoFlag() {
        CheckInDistance distance = CheckInDistance.between(new ScanLocation(PARTY, 10), null, THRESHOLD);

        assertThat(distance.metres()).isNull();
        assertThat(distance.far()).isFalse();
    }

    @Test
    void aPageMayPostNoPlaceButNotHalfAPlaceOrANonsenseAccuracy() {
        assertThat(ScanLocation.of(null, null, null)).isEmpty();
        assertThat(ScanLocation.of(33.97, 113.21, null)).get()
                .satisfies(at -> assertThat(at.accuracyMetres()).isZero());
        assertThat(ScanLocation.of(33.97, 113.21, 12.3)).get()
                .satisfies(at -> assertThat(at.accuracyMetres()).isEqualTo(13));
        assertThatThrownBy(() -> ScanLocation.of(33.97, null, 5.0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ScanLocation.of(33.97, 113.21, -1.0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ScanLocation.of(33.97, 113.21, 1e9)).isInstanceOf(InvalidValueException.class);
    }
}
