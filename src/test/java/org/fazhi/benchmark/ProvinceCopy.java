package org.fazhi.benchmark;

import org.fazhi.FazhiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fazhi started on a copy of a generated data directory ({@code -Dbench.data-dir}) for a benchmark's province run:
 * demo mode off, a free port. Given as arguments, which outrank application.properties (default properties would not).
 */
final class ProvinceCopy {

    private ProvinceCopy() {
    }

    static ConfigurableApplicationContext start(String dataDir) {
        return new SpringApplicationBuilder(FazhiApplication.class)
                .run("--fazhi.data-dir=" + dataDir, "--fazhi.demo.enabled=false", "--server.port=0");
    }

    static String baseUrl(ApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
