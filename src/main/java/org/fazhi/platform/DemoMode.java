package org.fazhi.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demonstration: a generated county and one account per role with a known
 * password. On by default with the embedded database, off with an external one; {@code FAZHI_DEMO=true|false}
 * (property {@code fazhi.demo.enabled}) decides either way.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment environment) {
        String configured = environment.getProperty("fazhi.demo.enabled", "").trim();
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        this.enabled = configured.isEmpty() ? embedded : Boolean.parseBoolean(configured);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
