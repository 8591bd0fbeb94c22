package org.fazhi.inspection.task;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A party's inspection calendar: two years back and everything planned ahead. */
@Controller
class PartyCalendarController {

    private final PartyCalendar calendar;
    private final PlanChoices choices;
    private final Clock clock;

    PartyCalendarController(PartyCalendar calendar, PlanChoices choices, Clock clock) {
        this.calendar = calendar;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/inspection/parties/{id}/calendar")
    String calendar(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("party", calendar.party(user, id));
        model.addAttribute("entries", calendar.entries(user, id, LocalDate.now(clock).withDayOfYear(1).minusYears(1)));
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        return "inspection/party-calendar";
    }
}
