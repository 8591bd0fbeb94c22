package org.fazhi.disputes.litigation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Judicial and procuratorial suggestions (司法建议、检察建议) and their replies: same service and roles as the page. */
@RestController
@RequestMapping("/api/v1/disputes/suggestions")
@Tag(name = "司法建议与检察建议", description = "收到的司法建议、检察建议，办复期限及办复情况（按期办复率）")
class SuggestionApi {

    private final Suggestions suggestions;

    SuggestionApi(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping
    @Operation(summary = "某年收到的建议（执法部门仅见向本部门提出的）")
    List<SuggestionView> list(@AuthenticationPrincipal SignedInUser user, @RequestParam int year) {
        return suggestions.of(user, year).stream().map(this::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记收到的建议（司法局或行政复议机构）；未写明办复期限的，按本县设定（默认60日）")
    SuggestionView receive(@AuthenticationPrincipal SignedInUser user, @RequestBody SuggestionForm body) {
        return view(suggestions.receive(user, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一件建议及其办复情况")
    SuggestionView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(suggestions.get(user, id));
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "登记办复（被建议单位法制机构或司法局）")
    SuggestionView reply(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Suggestions.Reply body) {
        return view(suggestions.reply(user, id, body.on(), body.reply()));
    }

    private SuggestionView view(Suggestion s) {
        return SuggestionView.of(s, suggestions.today());
    }
}
