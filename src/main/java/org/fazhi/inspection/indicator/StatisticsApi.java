package org.fazhi.inspection.indicator;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 检查统计 through the API: the statistics page's two tables for a year. */
@RestController
@Tag(name = "检查统计", description = "各部门每月实施的检查数，以及检查对象一年内被检查次数的分布")
class StatisticsApi {

    /** {@code visitsPerParty}: parties inspected 1, 2, 3 and 4 or more times (key 4) in the year. */
    record Statistics(int year, List<InspectionStatistics.AgencyMonths> byAgencyAndMonth,
                      Map<Integer, Long> visitsPerParty) {
    }

    private final InspectionStatistics statistics;

    StatisticsApi(InspectionStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/inspection/statistics")
    @Operation(summary = "某年度（默认今年）的检查统计；联合检查计入每个参与部门")
    Statistics statistics(@AuthenticationPrincipal SignedInUser user,
                          @RequestParam(required = false) @Nullable Integer year) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("staff statistics");
        }
        int shown = statistics.yearOf(year);
        return new Statistics(shown, statistics.byAgencyAndMonth(user.scope(), shown),
                statistics.visitsPerParty(user.scope(), shown));
    }
}
