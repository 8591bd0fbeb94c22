package org.fazhi.platform;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
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

    /**
     * Published pages' validators and kept renderings. Ordered after the security filter chain (-100), so their
     * answers carry its headers and its Cache-Control is written only where the page has none of its own.
     */
    @Bean
    FilterRegistrationBean<PublishedPagesFilter> publishedPagesFilter(List<PublishedPages> pages,
                                                                      PublishedContent content,
                                                                      PublicPagesProperties properties) {
        FilterRegistrationBean<PublishedPagesFilter> registration =
                new FilterRegistrationBean<>(new PublishedPagesFilter(pages, content, properties));
        registration.setOrder(0);
        return registration;
    }

    /**
     * Static files' links with their versions, other links as they are, on the same dispatches as the {@code
     * ResourceUrlEncodingFilter} Boot would register (error pages link the stylesheet too). Declared as a
     * registration of a {@code ResourceUrlEncodingFilter}, so that Boot's condition sees it and registers none.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceLinks() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticResourceLinks());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** The portal's home: the same for everyone until the application is restarted with other links. */
    @Bean
    PublishedPages portalHome() {
        return new PublishedPages(List.of("/public"), Set.of());
    }
}
