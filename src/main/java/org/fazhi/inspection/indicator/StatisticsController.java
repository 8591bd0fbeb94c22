package org.fazhi.inspection.indicator;

import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 检查统计: inspections by agency and month, and the distribution of visits per party, for a year. */
@Controller
class StatisticsController {

    private final InspectionStatistics statistics;

    StatisticsController(InspectionStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/inspection/statistics")
    String statistics(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                      Model model) {
        int shown = statistics.yearOf(year);
        if (user.hasRole(org.fazhi.identity.Role.ENTERPRISE)) {
            throw new org.springframework.security.access.AccessDeniedException("staff statistics");
        }
        model.addAttribute("year", shown);
        model.addAttribute("rows", statistics.byAgencyAndMonth(user.scope(), shown));
        model.addAttribute("distribution", statistics.visitsPerParty(user.scope(), shown));
        model.addAttribute("flagged", statistics.flagged(user.scope(), shown));
        return "inspection/statistics";
    }
}
