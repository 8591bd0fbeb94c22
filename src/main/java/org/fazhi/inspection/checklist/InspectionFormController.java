package org.fazhi.inspection.checklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's form (检查表单) on its own page: every point of every cited item, grouped by agency for a joint visit;
 * the points the user's agency may record carry a small form each (outcome, note, photos). A refused entry comes
 * back with its problems beside the point's fields.
 */
@Controller
@RequestMapping("/inspection/tasks/{id}")
class InspectionFormController {

    private final CheckRecords records;
    private final PartyDirectory parties;
    private final PlanChoices choices;
    private final Flash flash;
    private final MessageSource messages;

    InspectionFormController(CheckRecords records, PartyDirectory parties, PlanChoices choices, Flash flash,
                        MessageSource messages) {
        this.records = records;
        this.parties = parties;
        this.choices = choices;
        this.flash = flash;
        this.messages = messages;
    }

    @GetMapping("/checklist")
    String form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return page(user, records.task(user, id), model);
    }

    @PostMapping("/checklist/{pointId}")
    String record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long pointId,
                  @RequestParam(required = false) @Nullable CheckOutcome outcome,
                  @RequestParam(required = false) @Nullable String note,
                  @RequestParam(required = false) @Nullable Integer version,
                  @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CheckRecords.Entry entry = new CheckRecords.Entry(outcome, note, version);
        try {
            CheckRecord saved = records.record(user, id, pointId, entry, uploads(photos));
            flash.add(redirect, "inspection.checklist.recorded", saved.position(), saved.content());
            return "redirect:/inspection/tasks/" + id + "/checklist#point-" + pointId;
        } catch (RuleViolation refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/inspection/tasks/" + id + "/checklist#point-" + pointId;
        } catch (InvalidInput invalid) {
            Map<String, String> problems = new LinkedHashMap<>();
            invalid.problems().forEach(problem -> problems.merge(problem.field(), text(problem.messageKey(),
                    problem.arguments().toArray()), (a, b) -> a + "；" + b));
            model.addAttribute("failedPoint", pointId);
            model.addAttribute("submitted", entry);
            model.addAttribute("problems", problems);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(user, records.task(user, id), model);
        }
    }

    @GetMapping("/check-photos/{photoId}")
    ResponseEntity<Resource> photo(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                   @PathVariable long photoId) {
        return FileResponses.of(records.photo(user, id, photoId));
    }

    /** The files chosen, as uploads; an empty file input sends one empty part, which is no photo. */
    static List<Upload> uploads(@Nullable List<MultipartFile> files) {
        return (files == null ? List.<MultipartFile>of() : files).stream().filter(file -> !file.isEmpty())
                .map(Upload::of).toList();
    }

    private String page(SignedInUser user, InspectionTask task, Model model) {
        InspectionForm form = records.form(task);
        model.addAttribute("task", task);
        model.addAttribute("party", parties.find(task.partyId()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        model.addAttribute("recordable", task.agencyIds().stream()
                .filter(agency -> records.mayRecord(user, task, agency)).toList());
        model.addAttribute("outcomes", CheckOutcome.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "inspection/checklist";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
