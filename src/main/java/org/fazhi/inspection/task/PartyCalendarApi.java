package org.fazhi.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A party's inspection calendar through the API: every agency's inspections and other visits, newest first. */
@RestController
@Tag(name = "企业检查日历", description = "一个检查对象的全部入企记录（各部门的检查任务和非执法入企）")
class PartyCalendarApi {

    private final PartyCalendar calendar;
    private final Clock clock;

    PartyCalendarApi(PartyCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/api/v1/inspection/parties/{id}/calendar")
    @Operation(summary = "检查对象自 since 起（默认去年 1 月 1 日）的入企记录，含已计划的检查")
    List<PartyCalendar.Entry> calendar(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate since) {
        LocalDate from = since == null ? LocalDate.now(clock).withDayOfYear(1).minusYears(1) : since;
        return calendar.entries(user, id, from);
    }
}
