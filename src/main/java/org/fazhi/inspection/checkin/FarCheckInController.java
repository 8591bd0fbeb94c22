package org.fazhi.inspection.checkin;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionProperties;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 远距离签到: check-ins whose place lay too far from the party's registered address, for the supervisors. */
@Controller
class FarCheckInController {

    private final LocatedScans located;
    private final PartyDirectory parties;
    private final InspectionProperties rules;

    FarCheckInController(LocatedScans located, PartyDirectory parties, InspectionProperties rules) {
        this.located = located;
        this.parties = parties;
        this.rules = rules;
    }

    @GetMapping("/inspection/far-check-ins")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer page,
                Model model) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("staff only");
        }
        Page<LocatedScans.Row> found = located.far(user.scope(), PageRequest.of(page, null));
        model.addAttribute("page", found);
        model.addAttribute("threshold", rules.farCheckInMetres());
        model.addAttribute("parties", parties.findAll(found.items().stream().map(LocatedScans.Row::partyId).toList())
                .stream().collect(Collectors.toMap(PartyCard::id, Function.identity())));
        return "inspection/far-check-ins";
    }
}
