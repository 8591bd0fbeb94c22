package org.fazhi.inspection.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 计划外检查: a year's inspections outside a filed plan, with why, for the supervisors (an agency: its own). */
@Controller
class OutsidePlanController {

    private final PlanCoverage coverage;
    private final PartyDirectory parties;
    private final PlanChoices choices;
    private final Clock clock;

    OutsidePlanController(PlanCoverage coverage, PartyDirectory parties, PlanChoices choices, Clock clock) {
        this.coverage = coverage;
        this.parties = parties;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/inspection/plan-filings/outside-plan")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        PlanFilings.requireStaff(user);
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
        Page<PlanCoverage.Outside> found = coverage.outsideIn(user.scope(), shown, PageRequest.of(page, null));
        model.addAttribute("year", shown);
        model.addAttribute("page", found);
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        model.addAttribute("parties", parties.findAll(found.items().stream().map(row -> row.task().partyId())
                .toList()).stream().collect(Collectors.toMap(PartyCard::id, Function.identity())));
        return "inspection/outside-plan";
    }
}
