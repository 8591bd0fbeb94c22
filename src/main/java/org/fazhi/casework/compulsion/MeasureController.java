package org.fazhi.casework.compulsion;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.PenaltyCase;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The measures' pages: the open measures of the agencies in scope, a new measure on a case (its list of items on
 * the same form, usable on a phone in the field), and a measure's page with its list, period, documents, timeline
 * and a form for each act the user may take now.
 */
@Controller
@RequestMapping("/casework")
class MeasureController {

    /** Blank lines the new measure's form offers; empty ones are skipped. */
    private static final int ITEM_LINES = 6;

    private final Measures measures;
    private final MeasureViews views;
    private final MeasureDocuments documents;
    private final CaseSteps cases;
    private final OfficerOptions officers;
    private final AgencyDirectory agencies;
    private final Flash flash;
    private final MessageSource messages;

    MeasureController(Measures measures, MeasureViews views, MeasureDocuments documents, CaseSteps cases,
                      OfficerOptions officers, AgencyDirectory agencies, Flash flash, MessageSource messages) {
        this.measures = measures;
        this.views = views;
        this.documents = documents;
        this.cases = cases;
        this.officers = officers;
        this.agencies = agencies;
        this.flash = flash;
        this.messages = messages;
    }

    @GetMapping("/measures")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Long agency,
                Model model) {
        model.addAttribute("rows", views.open(user, agency));
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", agencies.within(user.scope()));
        model.addAttribute("agencyNames", agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(option -> option.id(), option -> option.name())));
        return "casework/measures";
    }

    @GetMapping("/cases/{caseId}/measures/new")
    String newMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long caseId, Model model) {
        PenaltyCase c = cases.visible(user, caseId);
        MeasureActs.authorise(user, c.agencyId(), MeasureAct.PROPOSE);
        model.addAttribute("form", new MeasureForm(null, MeasureKind.SEIZURE, false, null, null, null,
                c.investigation().handlerIds(), Collections.nCopies(ITEM_LINES,
                new MeasureForm.Item(null, null, null, null, null, null))));
        return form(c, model);
    }

    @PostMapping("/cases/{caseId}/measures")
    String propose(@AuthenticationPrincipal SignedInUser user, @PathVariable long caseId,
                   @ModelAttribute("form") MeasureForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                MeasureOutcome outcome = measures.propose(user, caseId, form);
                flash.add(redirect, "casework.measure.act.done", outcome.act());
                return "redirect:/casework/measures/" + outcome.measureId();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (RuleViolation refused) {
                model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
                        Locale.SIMPLIFIED_CHINESE));
                model.addAttribute("refusalBasis", refused.legalBasis());
            }
        }
        return form(cases.visible(user, caseId), model);
    }

    @GetMapping("/measures/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        MeasureView view = views.of(user, id);
        model.addAttribute("view", view);
        model.addAttribute("liftingReasons", List.of(LiftingReason.NO_VIOLATION, LiftingReason.NOT_RELATED,
                LiftingReason.DECIDED, LiftingReason.PERIOD_ENDED, LiftingReason.NO_LONGER_NEEDED));
        model.addAttribute("documents", documents.issued(documents.visible(user, id)));
        return "casework/measure";
    }

    @PostMapping("/measures/{id}/acts/{act}")
    String act(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable MeasureAct act,
               @ModelAttribute ActForm form, RedirectAttributes redirect) {
        flash.attempt(redirect, "casework.measure.field.", () -> {
            switch (act) {
                case APPROVE -> measures.approve(user, id, form);
                case REFUSE -> measures.refuse(user, id, form);
                case EXTEND -> measures.extend(user, id, form);
                case LIFT -> measures.lift(user, id, form);
                case RETURN_ITEM -> measures.returnItem(user, id, form);
                case CLOSE -> measures.close(user, id, form);
                case CONFISCATE -> measures.confiscate(user, id, form);
                case PROPOSE, TAKE_URGENTLY -> throw InvalidInput.of("act", "casework.input.required");
            }
            flash.add(redirect, "casework.measure.act.done", act);
        });
        return "redirect:/casework/measures/" + id;
    }

    @GetMapping("/measures/{id}/documents/{document}")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @PathVariable String document) {
        return documents.download(user, id, document);
    }


    private String form(PenaltyCase c, Model model) {
        model.addAttribute("caseId", c.id());
        model.addAttribute("caseCode", c.code());
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("officers", officers.certifiedOf(c.agencyId()));
        return "casework/measure-form";
    }
}
