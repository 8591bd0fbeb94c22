package org.fazhi.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Business dates are Beijing dates: a decision made at 07:00 in Beijing is not dated the day before. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(BEIJING);
    }
}
