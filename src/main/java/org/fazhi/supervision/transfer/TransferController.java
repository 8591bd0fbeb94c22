package org.fazhi.supervision.transfer;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The transfers' pages: the list (overdue first, filters and search) and a transfer with its limits and documents. */
@Controller
@RequestMapping("/supervision/transfers")
class TransferController {

    private final Transfers transfers;

    TransferController(Transfers transfers) {
        this.transfers = transfers;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, TransferRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", transfers.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("search", search);
        model.addAttribute("kinds", TransferKind.values());
        model.addAttribute("states", TransferState.values());
        return "supervision/transfers";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Transfer t = transfers.get(user, id);
        model.addAttribute("transfer", TransferView.of(t, transfers.required(t), transfers.today(),
                transfers.mayAct(user, t)));
        return "supervision/transfer";
    }
}
