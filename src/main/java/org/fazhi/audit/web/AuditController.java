package org.fazhi.audit.web;


import org.fazhi.audit.internal.AuditLog;
import org.fazhi.audit.internal.ChainSealer;
import org.fazhi.audit.internal.ChainVerifier;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's view of the trail, and the button that verifies it. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditLog log;
    private final ChainSealer sealer;
    private final ChainVerifier verifier;

    AuditController(AuditLog log, ChainSealer sealer, ChainVerifier verifier) {
        this.log = log;
        this.sealer = sealer;
        this.verifier = verifier;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditLog.Filter filter, @RequestParam(required = false) @Nullable Integer page,
                Model model) {
        model.addAttribute("page", log.find(filter, PageRequest.of(page, 50)));
        model.addAttribute("head", log.head());
        return "audit/list";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        sealer.sealPending();
        model.addAttribute("result", verifier.verify());
        model.addAttribute("head", log.head());
        return "audit/verification";
    }
}
