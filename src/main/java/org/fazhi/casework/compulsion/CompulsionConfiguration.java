package org.fazhi.casework.compulsion;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The measures' periods on the calendar shipped with Fazhi, as the cases' deadlines are. */
@Configuration(proxyBeanMethods = false)
class CompulsionConfiguration {

    @Bean
    MeasurePeriods measurePeriods(CaseworkProperties rules) {
        return new MeasurePeriods(WorkdayCalendar.china(), rules);
    }
}
