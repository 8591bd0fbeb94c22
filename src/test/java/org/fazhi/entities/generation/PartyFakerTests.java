package org.fazhi.entities.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.shared.CreditCode;
import org.fazhi.shared.IdNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartyFakerTests {

    private static List<List<String>> rows(long seed, int count) {
        PartyFaker faker = new PartyFaker(seed, "410121", "安平县", List.of("安平1街道", "宁远3镇"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(faker.next());
        }
        return rows;
    }

    @Test
    void theSameSeedGivesTheSameParties() {
        assertThat(rows(42, 500)).isEqualTo(rows(42, 500));
        assertThat(rows(42, 50)).isNotEqualTo(rows(43, 50));
    }

    @Test
    void everyCodeIsValidAndNoneRepeats() {
        Set<String> codes = new HashSet<>();
        for (List<String> row : rows(7, 20_000)) {
            String code = row.get(1);
            assertThat(row.get(0).equals("自然人") ? IdNumber.isValid(code) : CreditCode.isValid(code)).as(code).isTrue();
            assertThat(codes.add(code)).as("repeated %s", code).isTrue();
        }
    }

    @Test
    void theMixLooksLikeACounty() {
        List<List<String>> rows = rows(11, 10_000);
        long individual = rows.stream().filter(row -> row.get(0).equals("个体工商户")).count();
        long enterprises = rows.stream().filter(row -> row.get(0).equals("企业")).count();
        long gradeA = rows.stream().filter(row -> row.get(11).equals("A")).count();
        assertThat(individual).isBetween(4_000L, 7_000L);
        assertThat(enterprises).isBetween(2_500L, 5_500L);
        assertThat(gradeA).isBetween(1_200L, 1_800L);
    }
}
