package org.fazhi.casework.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 案件统计 through the API: a year's cases by agency and month, by item, decisions by kind, clues by source, and the
 * year's casework indicators by code (decisions by procedure, measures by kind, extended, overdue, limits kept...).
 */
@RestController
@Tag(name = "案件统计", description = "各部门每月立案数、按处罚事项的立案数、按决定种类的决定数、按来源的线索数，以及本年度案件指标"
        + "（按程序的决定数、查封扣押等强制措施数、延长、超期、按期解除率等）")
class CaseStatisticsApi {

    record Statistics(int year, List<CaseStatistics.AgencyMonths> byAgencyAndMonth,
                      List<CaseStatistics.ItemCount> byItem, Map<String, Long> byDecision,
                      Map<String, Long> bySource, Map<String, Figure> indicators) {
    }

    private final CaseStatistics statistics;
    private final Clock clock;

    CaseStatisticsApi(CaseStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/api/v1/casework/statistics")
    @Operation(summary = "某年度（默认今年）的案件统计，按调用者的数据范围")
    Statistics statistics(@AuthenticationPrincipal SignedInUser user,
                          @RequestParam(required = false) @Nullable Integer year) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("staff statistics");
        }
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null || year < 2000 || year > thisYear ? thisYear : year;
        return new Statistics(shown, statistics.byAgencyAndMonth(user.scope(), shown),
                statistics.byItem(user.scope(), shown), statistics.byDecision(user.scope(), shown),
                statistics.bySource(user.scope(), shown), statistics.indicators(user.scope(), shown));
    }
}
