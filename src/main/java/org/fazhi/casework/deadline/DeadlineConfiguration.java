package org.fazhi.casework.deadline;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case deadlines on the calendar shipped with Fazhi and the county's configured periods. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    CaseDeadlines caseDeadlines(CaseworkProperties rules) {
        return new CaseDeadlines(WorkdayCalendar.china(), rules);
    }
}
