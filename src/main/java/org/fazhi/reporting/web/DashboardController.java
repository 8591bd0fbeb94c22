package org.fazhi.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The home page: the registry's live indicators for the user's scope, as cards, a table per agency and a chart. */
@Controller
class DashboardController {

    private final IndicatorCatalog catalog;
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(IndicatorCatalog catalog, JsonMapper json, Clock clock) {
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                     Model model) {
        if (user.hasRole(Role.ENTERPRISE)) {
            return "reporting/enterprise-home";
        }
        LocalDate today = LocalDate.now(clock);
        int shownYear = year == null || year > today.getYear() || year < 2000 ? today.getYear() : year;
        Period period = shownYear == today.getYear() ? Period.yearToDate(today) : Period.year(shownYear);
        Map<Indicator, Measurement> measurements = catalog.measureAll(catalog.all(), user.scope(), period);
        DashboardTable table = DashboardTable.of(measurements);
        model.addAttribute("period", period);
        model.addAttribute("year", shownYear);
        model.addAttribute("years", List.of(today.getYear(), today.getYear() - 1, today.getYear() - 2));
        model.addAttribute("measurements", measurements);
        model.addAttribute("table", table);
        // The chart reads its series from a data attribute: no inline script, so the CSP stays strict.
        model.addAttribute("chartJson", json.writeValueAsString(table.certificationChart()));
        return "reporting/dashboard";
    }
}
