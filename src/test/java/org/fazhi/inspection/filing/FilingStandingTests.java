package org.fazhi.inspection.filing;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.fazhi.platform.files.FileKind;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an agency stands with its annual plan: on time, late by how many days, returned, missing, not yet due. */
class FilingStandingTests {

    private static final MonthDay DUE = MonthDay.of(3, 31);
    private static final LocalDate SUMMER = LocalDate.of(2026, 7, 1);

    @Test
    void filedByTheDueDayIsOnTime() {
        FilingStanding standing = FilingStanding.of(List.of(filing(1, "2026-03-31", FilingStatus.ACCEPTED)), 2026, DUE,
                SUMMER);

        assertThat(standing.kind()).isEqualTo(FilingStanding.Kind.ON_TIME);
        assertThat(standing.daysLate()).isZero();
        assertThat(standing.accepted()).isTrue();
    }

    @Test
    void filedAfterTheDueDayIsLateByCalendarDays() {
        FilingStanding standing = FilingStanding.of(List.of(filing(1, "2026-04-10", FilingStatus.FILED)), 2026, DUE,
                SUMMER);

        assertThat(standing.kind()).isEqualTo(FilingStanding.Kind.LATE);
        assertThat(standing.daysLate()).isEqualTo(10);
        assertThat(standing.accepted()).isFalse();
    }

    @Test
    void aReturnedPlanFiledAgainKeepsTheDayItWasFirstFiled() {
        FilingStanding standing = FilingStanding.of(List.of(filing(1, "2026-03-20", FilingStatus.RETURNED),
                filing(2, "2026-04-15", FilingStatus.ACCEPTED)), 2026, DUE, SUMMER);

        assertThat(standing.kind()).isEqualTo(FilingStanding.Kind.ON_TIME);
        assertThat(standing.latest()).isNotNull().extracting(PlanFiling::id).isEqualTo(2L);
    }

    @Test
    void aReturnedPlanNotYetFiledAgainStandsAsReturned() {
        FilingStanding standing = FilingStanding.of(List.of(filing(2, "2026-04-15", FilingStatus.RETURNED),
                filing(1, "2026-03-01", FilingStatus.RETURNED)), 2026, DUE, SUMMER);

        assertThat(standing.kind()).isEqualTo(FilingStanding.Kind.RETURNED);
        assertThat(standing.latest()).isNotNull().extracting(PlanFiling::id).isEqualTo(2L);
    }

    @Test
    void nothingFiledIsMissingOnlyOnceTheDueDayHasPassed() {
        assertThat(FilingStanding.of(List.of(), 2026, DUE, LocalDate.of(2026, 3, 31)).kind())
                .isEqualTo(FilingStanding.Kind.NOT_YET_DUE);
        assertThat(FilingStanding.of(List.of(), 2026, DUE, LocalDate.of(2026, 4, 1)).kind())
                .isEqualTo(FilingStanding.Kind.MISSING);
        assertThat(FilingStanding.of(List.of(), 2027, DUE, SUMMER).kind()).isEqualTo(FilingStanding.Kind.NOT_YET_DUE);
    }

    @Test
    void theDueDayIsTheCountysSetting() {
        FilingStanding standing = FilingStanding.of(List.of(filing(1, "2026-03-20", FilingStatus.FILED)), 2026,
                MonthDay.of(2, 28), SUMMER);

        assertThat(standing.kind()).isEqualTo(FilingStanding.Kind.LATE);
        assertThat(standing.daysLate()).isEqualTo(20);
    }

    @Test
    void aPlanForNextYearFiledInDecemberIsOnTime() {
        FilingStanding standing = FilingStanding.of(List.of(filing(1, "2026-12-04", FilingStatus.FILED)), 2027, DUE,
                LocalDate.of(2026, 12, 4));

        assertThat(standing.kind()).isEqualTo(FilingStanding.Kind.ON_TIME);
    }

    static PlanFiling filing(long id, String filedOn, FilingStatus status) {
        @Nullable LocalDate decided = status == FilingStatus.FILED ? null : LocalDate.parse(filedOn).plusDays(3);
        return new PlanFiling(id, RegionCode.of("410425"), 7, LocalDate.parse(filedOn).getYear(), status, 10, 2, 0,
                List.of(1L), null, new PlanDocument(1, "plan.pdf", FileKind.PDF, 100, "0".repeat(64)),
                LocalDate.parse(filedOn), "agency", decided == null ? null : "bureau", decided,
                status == FilingStatus.RETURNED ? "请补充" : null, 0);
    }
}
