package org.fazhi.inspection.history;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 历史检查记录: the imported inspections per agency and year, with the links to import and export them. */
@Controller
@RequestMapping("/inspection/history")
class HistoryController {

    private final ImportedInspections history;
    private final PartyDirectory parties;
    private final PlanChoices choices;

    HistoryController(ImportedInspections history, PartyDirectory parties, PlanChoices choices) {
        this.history = history;
        this.parties = parties;
        this.choices = choices;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Long agency,
                @RequestParam(required = false) @Nullable Integer year, Model model) {
        List<ImportedInspection> rows = history.list(user, agency, year, ImportedInspections.LIST_LIMIT);
        Map<Long, String> partyNames = parties.findAll(rows.stream().map(ImportedInspection::partyId).toList())
                .stream().collect(Collectors.toMap(PartyCard::id, PartyCard::name));
        model.addAttribute("rows", rows);
        model.addAttribute("partyNames", partyNames);
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        model.addAttribute("agency", agency);
        model.addAttribute("year", year);
        model.addAttribute("limit", ImportedInspections.LIST_LIMIT);
        model.addAttribute("canImport", ImportedInspections.mayImport(user));
        return "inspection/history";
    }
}
