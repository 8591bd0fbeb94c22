package org.fazhi.inspection.task;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.checklist.InspectionForms;
import org.fazhi.inspection.enterprise.EnterpriseInspections;
import org.fazhi.inspection.filing.PlanCoverage;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspection tasks: the list, asking for a 个案/专项 inspection, and a task's page with its code and approvals. */
@Controller
@RequestMapping("/inspection/tasks")
class TaskController {

    private final Tasks tasks;
    private final Visits visits;
    private final EnterpriseInspections ratings;
    private final PartyDirectory parties;
    private final PlanChoices choices;
    private final InspectionForms forms;
    private final PlanCoverage coverage;
    private final Flash flash;

    TaskController(Tasks tasks, Visits visits, EnterpriseInspections ratings, PartyDirectory parties,
                   PlanChoices choices, InspectionForms forms, PlanCoverage coverage, Flash flash) {
        this.forms = forms;
        this.coverage = coverage;
        this.tasks = tasks;
        this.ratings = ratings;
        this.visits = visits;
        this.parties = parties;
        this.choices = choices;
        this.flash = flash;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        model.addAttribute("today", tasks.today());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable TaskStatus status,
                @RequestParam(required = false) @Nullable Long party,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        Page<InspectionTask> found = tasks.search(user, new TaskRepository.Search(status, party),
                PageRequest.of(page, null));
        model.addAttribute("page", found);
        model.addAttribute("status", status);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("parties", parties.findAll(found.items().stream().map(InspectionTask::partyId).toList())
                .stream().collect(Collectors.toMap(PartyCard::id, Function.identity())));
        model.addAttribute("canCreate", user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER) && user.agencyId() != null);
        model.addAttribute("average", ratings.average(user.scope()));
        model.addAttribute("outsidePlan", coverage.outsideAmong(found.items()));
        return "inspection/tasks";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", TaskForm.empty(tasks.today()));
        return form(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") TaskForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                InspectionTask task = tasks.create(user, form);
                flash.add(redirect, task.status() == TaskStatus.REFUSED ? "inspection.task.refused-by-cap"
                        : "inspection.task.created", task.code());
                return "redirect:/inspection/tasks/" + task.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return form(user, model);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletRequest request,
                Model model) {
        InspectionTask task = tasks.get(user, id);
        model.addAttribute("task", task);
        model.addAttribute("party", parties.find(task.partyId()).orElse(null));
        model.addAttribute("items", choices.inspectionItems(task.county(), task.agencyIds(), task.windowFrom()));
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        visits.codeOf(task).ifPresent(code -> {
            model.addAttribute("visitLink", base + "/visit/" + code);
            model.addAttribute("qrCode", visits.qrCodeOf(task, base).orElseThrow());
        });
        model.addAttribute("results", InspectionResult.values());
        model.addAttribute("checklist", forms.of(task));
        ratings.evaluationFor(user, id).ifPresent(evaluation -> model.addAttribute("evaluation", evaluation));
        return "inspection/task";
    }

    @PostMapping("/{id}/decision")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                  @RequestParam boolean approve, @RequestParam(required = false) @Nullable String note,
                  RedirectAttributes redirect) {
        return step(redirect, id, approve ? "inspection.task.approved" : "inspection.task.refused",
                () -> tasks.decide(user, id, version, approve, note).code());
    }

    @PostMapping("/{id}/conclusion")
    String conclude(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                    @RequestParam InspectionResult result,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate rectificationDue,
                    @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return step(redirect, id, "inspection.task.concluded",
                () -> tasks.conclude(user, id, version, result, rectificationDue, note).code());
    }

    @PostMapping("/{id}/revocation")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                  RedirectAttributes redirect) {
        return step(redirect, id, "inspection.task.revoked", () -> tasks.revoke(user, id, version).code());
    }

    private String step(RedirectAttributes redirect, long id, String doneKey, Supplier<String> change) {
        flash.attempt(redirect, () -> flash.add(redirect, doneKey, change.get()));
        return "redirect:/inspection/tasks/" + id;
    }

    private String form(SignedInUser user, Model model) {
        TaskForm form = (TaskForm) model.getAttribute("form");
        LocalDate from = form == null || form.windowFrom() == null ? tasks.today() : form.windowFrom();
        LocalDate to = form == null || form.windowTo() == null ? from : form.windowTo();
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("origins", TaskOrigin.values());
        if (user.agencyId() != null) {
            model.addAttribute("items", choices.inspectionItems(user.region().county(),
                    List.of(user.agencyId()), from));
            model.addAttribute("officers", tasks.inspectors(user.agencyId(), from, to.isBefore(from) ? from : to));
        } else {
            model.addAttribute("items", List.of());
            model.addAttribute("officers", List.of());
        }
        return "inspection/task-form";
    }
}
