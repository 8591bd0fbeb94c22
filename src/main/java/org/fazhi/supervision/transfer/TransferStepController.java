package org.fazhi.supervision.transfer;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a transfer's page, one per step, each back to the page: a refusal by the rules or a missing field
 * shows there as one line naming the field ({@code 不批准理由：请填写…}); a transfer outside the user's scope is not
 * found and a step that is not the user's is forbidden, as in the API.
 */
@Controller
@RequestMapping("/supervision/transfers/{id}")
class TransferStepController {

    private static final String FIELDS = "supervision.transfer.field.";

    private final Transfers transfers;
    private final Flash flash;

    TransferStepController(Transfers transfers, Flash flash) {
        this.transfers = transfers;
        this.flash = flash;
    }

    @PostMapping("/approve")
    String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        return step(redirect, id, "approve", t -> transfers.approve(user, t));
    }

    @PostMapping("/refuse")
    String refuse(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        return step(redirect, id, "refuse", t -> transfers.refuse(user, t, reason));
    }

    @PostMapping("/documents")
    String attach(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @RequestParam(required = false) @Nullable DocumentKind kind,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                  RedirectAttributes redirect) {
        return step(redirect, id, "documents", t -> {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", "supervision.transfer.file.required");
            }
            transfers.attach(user, t, kind, Upload.of(file));
        });
    }

    @PostMapping("/hand-over")
    String handOver(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        return step(redirect, id, "hand-over", t -> transfers.handOver(user, t));
    }

    @PostMapping("/decision")
    String decision(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @RequestParam(required = false) @Nullable Boolean filed, @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                    @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return step(redirect, id, "decision", t -> transfers.recordDecision(user, t, filed, on, note));
    }

    /** 提请复议, 提请检察监督, 继续办理行政案件, 移交涉案物品: each a day (today when not given). */
    @PostMapping("/{step:reconsideration|procuratorate|continue|exhibits}")
    String dated(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                 RedirectAttributes redirect) {
        return step(redirect, id, step, t -> {
            switch (step) {
                case "reconsideration" -> transfers.requestReconsideration(user, t, on);
                case "procuratorate" -> transfers.askProcuratorate(user, t, on);
                case "continue" -> transfers.continueAdministrativeCase(user, t, on);
                default -> transfers.handOverExhibits(user, t, on);
            }
        });
    }

    /** Takes the step; its confirmation, or the refusal naming the field, shows on the transfer's page. */
    private String step(RedirectAttributes redirect, long id, String step, Consumer<Long> change) {
        flash.attempt(redirect, FIELDS, () -> {
            change.accept(id);
            flash.add(redirect, "supervision.transfer.done." + step);
        });
        return "redirect:/supervision/transfers/" + id;
    }
}
