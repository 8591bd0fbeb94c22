package org.fazhi.casework.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.PenaltyCase;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.StaleEdit;
import org.fazhi.platform.files.FileResponses;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 笔录 and evidence-file pages of a case, made for a phone in the field: one page per form, every problem in
 * Chinese beside its field, what was typed kept when the form comes back; a record's own page to read it.
 */
@Controller
@RequestMapping("/casework/cases/{id}")
class EvidenceController {

    private final EvidenceRecords records;
    private final EvidenceFiles files;
    private final EvidenceSteps steps;
    private final EvidenceProperties limits;
    private final MessageSource messages;
    private final Flash flash;

    EvidenceController(EvidenceRecords records, EvidenceFiles files, EvidenceSteps steps, EvidenceProperties limits,
                       MessageSource messages, Flash flash) {
        this.records = records;
        this.files = files;
        this.steps = steps;
        this.limits = limits;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/records/new")
    String newRecord(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                     @RequestParam RecordKind kind, Model model) {
        PenaltyCase c = steps.visible(user, id);
        return recordForm(user, c, RecordPageForm.blank(kind, List.of(), key(), c.version()), Map.of(), model);
    }

    @PostMapping("/records")
    String record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @ModelAttribute("form") RecordPageForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        PenaltyCase c = steps.visible(user, id);
        if (more != null) {
            return recordForm(user, c, form.withOneMoreQuestion(), Map.of(), model);
        }
        Map<String, String> problems = bindingProblems(binding);
        try {
            if (problems.isEmpty()) {
                EvidenceRecords.Recorded recorded = records.record(user, id, request(form.requestKey(),
                        form.version()), form.input());
                flash.add(redirect, "casework.evidence.record.saved", recorded.record().kind());
                return "redirect:/casework/cases/" + id + "#evidence-records";
            }
        } catch (InvalidInput | RuleViolation | StaleEdit refused) {
            problems = problemsOf(refused);
            if (refused instanceof StaleEdit) {
                form = form.atVersion(steps.visible(user, id).version());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return recordForm(user, c, form, problems, model);
    }

    @GetMapping("/records/{recordId}")
    String showRecord(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long recordId,
                      Model model) {
        model.addAttribute("caseCode", steps.visible(user, id).code());
        model.addAttribute("caseId", id);
        model.addAttribute("record", records.get(user, id, recordId));
        return "casework/evidence-record";
    }

    @GetMapping("/files/new")
    String newFile(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        PenaltyCase c = steps.visible(user, id);
        return fileForm(c, new EvidenceFiles.FileInput(null, null, null), key(), c.version(), Map.of(), model);
    }

    @PostMapping("/files")
    String addFile(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @RequestParam(required = false) @Nullable MultipartFile file,
                   @RequestParam(required = false) @Nullable EvidenceKind kind,
                   @RequestParam(required = false) @Nullable String title,
                   @RequestParam(required = false) @Nullable String description,
                   @RequestParam(required = false) @Nullable String requestKey,
                   @RequestParam(required = false) @Nullable Integer version, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        EvidenceFiles.FileInput input = new EvidenceFiles.FileInput(kind, title, description);
        Map<String, String> problems;
        int seen = version == null ? -1 : version;
        try {
            EvidenceFiles.Added added = files.add(user, id, request(requestKey, version), input,
                    file == null || file.isEmpty() ? null : Upload.of(file));
            flash.add(redirect, "casework.evidence.file.saved", added.file().file().name());
            return "redirect:/casework/cases/" + id + "#evidence-files";
        } catch (InvalidInput | RuleViolation | StaleEdit refused) {
            problems = problemsOf(refused);
            if (refused instanceof StaleEdit) {
                seen = steps.visible(user, id).version();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return fileForm(steps.visible(user, id), input, requestKey == null ? key() : requestKey, seen, problems,
                model);
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                      @PathVariable long fileId) {
        return FileResponses.of(files.content(user, id, fileId));
    }

    private String recordForm(SignedInUser user, PenaltyCase c, RecordPageForm form, Map<String, String> problems,
                              Model model) {
        model.addAttribute("caseId", c.id());
        model.addAttribute("caseCode", c.code());
        model.addAttribute("form", form);
        model.addAttribute("pairs", form.pairs().isEmpty() ? List.of(new RecordInput.Answer("", "")) : form.pairs());
        model.addAttribute("handlers", records.handlers(user, c.id()));
        model.addAttribute("presentRoles", RecordInput.PresentRole.values());
        model.addAttribute("idKinds", RecordInput.IdKind.values());
        model.addAttribute("relations", RecordInput.Relation.values());
        model.addAttribute("problems", problems);
        return "casework/evidence-record-form";
    }

    private String fileForm(PenaltyCase c, EvidenceFiles.FileInput input, String requestKey, int version,
                            Map<String, String> problems, Model model) {
        model.addAttribute("caseId", c.id());
        model.addAttribute("caseCode", c.code());
        model.addAttribute("input", input);
        model.addAttribute("requestKey", requestKey);
        model.addAttribute("version", version);
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("limits", limits);
        model.addAttribute("problems", problems);
        return "casework/evidence-file-form";
    }

    static CaseSteps.Request request(@Nullable String requestKey, @Nullable Integer version) {
        if (requestKey == null || requestKey.isBlank()) {
            throw InvalidInput.of("requestKey", "casework.input.required");
        }
        if (version == null) {
            throw InvalidInput.of("version", "casework.input.required");
        }
        return new CaseSteps.Request(requestKey, version);
    }

    /**
     * Why the form comes back: its fields' problems beside them, or one message above it for a refusal of the
     * procedure or a case changed since the form was opened (the officer's input is kept either way).
     */
    private Map<String, String> problemsOf(RuntimeException refused) {
        if (refused instanceof RuleViolation rule) {
            return Map.of("", text(rule.messageKey(), rule.arguments()));
        }
        if (refused instanceof StaleEdit) {
            return Map.of("", text("casework.evidence.stale"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        ((InvalidInput) refused).problems().forEach(problem -> problems.merge(problem.field(), text(problem.messageKey(),
                problem.arguments().toArray()), (a, b) -> a + "；" + b));
        return problems;
    }

    /** Values the form could not even read (a time typed wrongly), beside their fields. */
    private Map<String, String> bindingProblems(BindingResult binding) {
        Map<String, String> problems = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> problems.putIfAbsent(error.getField(),
                text("casework.evidence.record.unreadable")));
        return problems;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
