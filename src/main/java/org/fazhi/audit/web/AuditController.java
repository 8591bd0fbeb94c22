package org.fazhi.audit.web;


import org.fazhi.audit.internal.AuditLog;
import org.fazhi.audit.internal.ChainSealer;
import org.fazhi.audit.internal.ChainVerifier;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.files.StoredFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's view of the trail, and the buttons that verify it and the stored files. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditLog log;
    private final ChainSealer sealer;
    private final ChainVerifier verifier;
    private final StoredFiles files;

    AuditController(AuditLog log, ChainSealer sealer, ChainVerifier verifier, StoredFiles files) {
        this.log = log;
        this.sealer = sealer;
        this.verifier = verifier;
        this.files = files;
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

    /** Every stored file against its record: missing and altered ones listed (reads every file, so it takes a while). */
    @PostMapping("/files")
    String verifyFiles(Model model) {
        model.addAttribute("result", files.verify());
        return "audit/files";
    }
}
