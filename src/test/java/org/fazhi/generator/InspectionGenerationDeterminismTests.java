package org.fazhi.generator;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.inspection.InspectionGeneration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.generator.GeneratedInspections.COUNTY;

/** The same county, seed and day give the same inspections, row for row; a county is never generated twice. */
@FazhiIntegrationTest
class InspectionGenerationDeterminismTests {

    @Autowired GeneratedInspections generated;
    @Autowired InspectionGeneration inspections;

    @Test
    void theSameSeedGivesTheSameInspectionsAndACountyWithInspectionsIsRefused() {
        InspectionGeneration.County first = generated.county();
        String digest = generated.digest();
        assertThatThrownBy(generated::generate).isInstanceOf(IllegalStateException.class);
        assertThat(inspections.hasInspections(COUNTY)).isTrue();

        generated.deleteInspections(COUNTY);
        assertThat(inspections.hasInspections(COUNTY)).isFalse();
        InspectionGeneration.County second = generated.generate();

        assertThat(second).isEqualTo(first);
        assertThat(generated.digest()).isEqualTo(digest);
    }
}
