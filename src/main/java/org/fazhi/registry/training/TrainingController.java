package org.fazhi.registry.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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

/** The training pages: the list with its filters and total hours, and the record and correct forms. */
@Controller
@RequestMapping("/registry/training")
class TrainingController {

    private final TrainingRecords records;
    private final Agencies agencies;
    private final Officers officers;
    private final Flash flash;
    private final Clock clock;

    TrainingController(TrainingRecords records, Agencies agencies, Officers officers, Flash flash, Clock clock) {
        this.records = records;
        this.agencies = agencies;
        this.officers = officers;
        this.flash = flash;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("canWrite", mayKeepTraining(user));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") TrainingRecordRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("agencies", agencies.all(user));
        model.addAttribute("page", records.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("totalHours", records.totalHours(user, search));
        return "registry/training";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!mayKeepTraining(user)) {
            throw new AccessDeniedException("registry: may not record training");
        }
        model.addAttribute("trainingForm", TrainingForm.empty(LocalDate.now(clock)));
        return form(user, model, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute TrainingForm trainingForm,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                TrainingRecord record = records.create(user, trainingForm);
                flash.add(redirect, "registry.training.created", record.course());
                return "redirect:/registry/training";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return form(user, model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        TrainingRecord record = records.get(user, id);
        RegistryPermissions.requireAgencyKeeper(user, record.region(), record.agencyId());
        model.addAttribute("trainingForm", TrainingForm.of(record));
        return form(user, model, id);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute TrainingForm trainingForm, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                TrainingRecord record = records.update(user, id, trainingForm);
                flash.add(redirect, "registry.training.updated", record.course());
                return "redirect:/registry/training";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return form(user, model, id);
    }

    private String form(SignedInUser user, Model model, @Nullable Long recordId) {
        model.addAttribute("recordId", recordId);
        model.addAttribute("officers", officers.all(user));
        model.addAttribute("agencyNames", agencies.all(user).stream()
                .collect(Collectors.toMap(Agency::id, Agency::name)));
        return "registry/training-form";
    }

    /** The bureau for its region, or an agency's legal office for its own officers (RegistryPermissions). */
    static boolean mayKeepTraining(SignedInUser user) {
        return RegistryPermissions.isBureau(user) || user.hasRole(Role.AGENCY_ADMIN) && user.agencyId() != null;
    }
}
