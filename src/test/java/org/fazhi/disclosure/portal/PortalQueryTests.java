package org.fazhi.disclosure.portal;

import java.time.LocalDate;
import java.util.Set;

import org.fazhi.catalog.PenaltyKind;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The search form read into a query: each filter checked, every wrong field named at once. */
class PortalQueryTests {

    private static final RegionCode COUNTY = RegionCode.of("410425");

    /** Agencies 1 and 2; township 410425100 seats agency 2, township 410425101 none. */
    private static final PortalQuery.Choices CHOICES = new PortalQuery.Choices() {
        @Override
        public boolean isAgency(long id) {
            return id == 1 || id == 2;
        }

        @Override
        public @Nullable Set<Long> agenciesIn(String township) {
            return switch (township) {
                case "410425100" -> Set.of(2L);
                case "410425101" -> Set.of();
                default -> null;
            };
        }
    };

    @Test
    void readsEveryFilter() {
        PortalQuery query = PortalQuery.of(COUNTY, new PortalFilters("食品 超市", "2", "410425100", "fine", "食品",
                "500", "1,200.50", "2026-01-01", "2026-06-30"), CHOICES);
        assertThat(query.keywords().words()).containsExactly("食品", "超市");
        assertThat(query.agencies()).containsExactly(2L);
        assertThat(query.penalty()).isEqualTo(PenaltyKind.FINE);
        assertThat(query.item()).isEqualTo("食品");
        assertThat(query.fineFromFen()).isEqualTo(50_000L);
        assertThat(query.fineToFen()).isEqualTo(120_050L);
        assertThat(query.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void nothingTypedIsEveryPublishedDecision() {
        PortalQuery query = PortalQuery.of(COUNTY, PortalFilters.none(), CHOICES);
        assertThat(query.keywords().isEmpty()).isTrue();
        assertThat(query.agencies()).isNull();
        assertThat(PortalFilters.none().isSearch()).isFalse();
        assertThat(PortalFilters.keyword("食品").isSearch()).isTrue();
    }

    @Test
    void anAgencyOutsideTheTownshipAskedForMatchesNothing() {
        assertThat(PortalQuery.of(COUNTY, filters("1", "410425100", null, null, null, null), CHOICES).agencies())
                .isEmpty();
        assertThat(PortalQuery.of(COUNTY, filters(null, "410425101", null, null, null, null), CHOICES).agencies())
                .isEmpty();
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        assertThatThrownBy(() -> PortalQuery.of(COUNTY, new PortalFilters("罚", "99", "999999999", "SCOLDING", null,
                "-5", "abc", "2026-02-30", "yesterday"), CHOICES))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("q", "disclosure.portal.keyword.too-short"),
                                org.assertj.core.groups.Tuple.tuple("agency", "disclosure.portal.agency.unknown"),
                                org.assertj.core.groups.Tuple.tuple("penalty", "disclosure.portal.penalty.unknown"),
                                org.assertj.core.groups.Tuple.tuple("fineFrom", "disclosure.portal.fineFrom.invalid"),
                                org.assertj.core.groups.Tuple.tuple("fineTo", "disclosure.portal.fineTo.invalid"),
                                org.assertj.core.groups.Tuple.tuple("from", "disclosure.portal.from.invalid"),
                                org.assertj.core.groups.Tuple.tuple("to", "disclosure.portal.to.invalid")));
    }

    @Test
    void refusesReversedRanges() {
        assertThatThrownBy(() -> PortalQuery.of(COUNTY, filters(null, null, "900", "100", "2026-03-01", "2026-02-01"),
                CHOICES)).isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("disclosure.portal.fine.reversed", "disclosure.portal.day.reversed"));
    }

    @Test
    void refusesAnUnknownTownshipAndATooLongItem() {
        assertThatThrownBy(() -> PortalQuery.of(COUNTY, new PortalFilters(null, null, "410425999", null,
                "项".repeat(PortalQuery.MAX_ITEM_LENGTH + 1), null, null, null, null), CHOICES))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("disclosure.portal.township.unknown", "disclosure.portal.item.too-long"));
    }

    private static PortalFilters filters(@Nullable String agency, @Nullable String township, @Nullable String fineFrom,
                                         @Nullable String fineTo, @Nullable String from, @Nullable String to) {
        return new PortalFilters(null, agency, township, null, null, fineFrom, fineTo, from, to);
    }
}
