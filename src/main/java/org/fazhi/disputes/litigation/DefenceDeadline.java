package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.fazhi.shared.WorkdayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The defence's last day: the configured days (15) after service of the complaint, moved to the next working day
 * when it falls on a day off (行政诉讼法第六十七条; periods as in 第一百零二条's reference to civil procedure).
 */
@Component
class DefenceDeadline {

    private final LitigationProperties settings;
    private final WorkdayCalendar calendar;

    @Autowired
    DefenceDeadline(LitigationProperties settings) {
        this(settings, WorkdayCalendar.china());
    }

    DefenceDeadline(LitigationProperties settings, WorkdayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    LocalDate after(LocalDate servedOn) {
        return calendar.endOfPeriod(servedOn, settings.defenceDays());
    }
}
