package org.fazhi.governance.ledger;

import org.fazhi.registry.agency.AgencyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code fazhi.governance.legal-advisers.required-kinds} as a start reads it: county departments and township teams
 * when unset, a county's own list, and a start refused with a message naming the key and the valid kinds for an
 * unknown kind or an empty list.
 */
@ExtendWith(OutputCaptureExtension.class)
class LegalAdviserPropertiesTests {

    private static final String KEY = "--fazhi.governance.legal-advisers.required-kinds";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LegalAdviserProperties.class)
    static class Settings {
    }

    @Test
    void departmentsAndTownshipsByDefaultOrTheCountysOwnKinds() {
        assertThat(start().requiredKinds()).containsExactlyInAnyOrder(AgencyKind.COUNTY_DEPARTMENT,
                AgencyKind.TOWNSHIP_TEAM);
        assertThat(start(KEY + "=TOWNSHIP_TEAM,AUTHORISED_ORGANISATION").requiredKinds())
                .containsExactlyInAnyOrder(AgencyKind.TOWNSHIP_TEAM, AgencyKind.AUTHORISED_ORGANISATION);
    }

    @Test
    void refusesToStartWithAnUnknownKindAndListsTheValidOnes(CapturedOutput output) {
        assertThatThrownBy(() -> start(KEY + "=COUNTY_DEPARTMENT,VILLAGE")).isNotNull();
        assertThat(output).contains("fazhi.governance.legal-advisers.required-kinds").contains("VILLAGE")
                .contains("COUNTY_DEPARTMENT", "TOWNSHIP_TEAM", "ENTRUSTED_ORGANISATION", "AUTHORISED_ORGANISATION");
    }

    @Test
    void refusesToStartWithAnEmptyList(CapturedOutput output) {
        assertThatThrownBy(() -> start(KEY + "=")).isNotNull();
        assertThat(output).contains("fazhi.governance.legal-advisers.required-kinds 不能为空");
    }

    private static LegalAdviserProperties start(String... args) {
        SpringApplication application = new SpringApplication(Settings.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            return context.getBean(LegalAdviserProperties.class);
        }
    }
}
