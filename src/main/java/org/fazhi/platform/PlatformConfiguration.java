package org.fazhi.platform;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Business dates are Beijing dates: a decision made at 07:00 in Beijing is not dated the day before. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(BEIJING);
    }

    /**
     * What the pages' templates get beyond standard Thymeleaf: data-table cells labelled by their column, a table's
     * head written from message keys and rows from another template labelled by it.
     */
    @Bean
    IDialect pageDialect() {
        return new AbstractProcessorDialect("Fazhi pages", "fazhi", StandardDialect.PROCESSOR_PRECEDENCE) {
            @Override
            public Set<IProcessor> getProcessors(String prefix) {
                return Set.of(new ColumnLabels(prefix), new ColumnHeadings(prefix), new LabelledRows(prefix));
            }
        };
    }
}
