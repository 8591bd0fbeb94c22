package org.fazhi.supervision.round;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The supervisors' pages of rounds: the list (filters, export), a new round, a round's findings with recording a
 * finding, issuing each agency's opinion, passing a problem to the discipline body, and closing the round.
 */
@Controller
@RequestMapping("/supervision/rounds")
class RoundController {

    private final Rounds rounds;
    private final Opinions opinions;
    private final Clues clues;
    private final ProblemCategories categories;
    private final AgencyOptions agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final Flash flash;

    RoundController(Rounds rounds, Opinions opinions, Clues clues, ProblemCategories categories,
                    AgencyOptions agencies, XlsxExport export, MessageSource messages, Flash flash) {
        this.rounds = rounds;
        this.opinions = opinions;
        this.clues = clues;
        this.categories = categories;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") RoundRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", rounds.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("kinds", RoundKind.values());
        model.addAttribute("canWrite", user.hasRole(Role.SUPERVISOR));
        return "supervision/rounds";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser user,
                                  @ModelAttribute("search") RoundRepository.Search search) {
        List<RoundRepository.Row> rows = rounds.search(user, search, PageRequest.of(1, PageRequest.MAX_SIZE))
                .items();
        SheetLayout layout = SheetLayout.of(text("supervision.round.list.title"),
                Column.text("title", text("supervision.round.title"), true, 80),
                Column.text("kind", text("supervision.round.kind"), true, 10),
                Column.date("periodFrom", text("supervision.round.period-from"), true),
                Column.date("periodTo", text("supervision.round.period-to"), true),
                Column.integer("agencies", text("supervision.round.agencies"), true),
                Column.integer("findings", text("supervision.round.findings"), true),
                Column.integer("opinions", text("supervision.round.opinions"), true),
                Column.text("state", text("supervision.round.state"), true, 10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out, layout, rows.stream().map(r -> List.of(r.title(),
                text("supervision.round.kind." + r.kind()), r.periodFrom().toString(), r.periodTo().toString(),
                Integer.toString(r.agencies()), Integer.toString(r.findings()), Integer.toString(r.opinions()),
                text(r.closed() ? "supervision.round.state.closed" : "supervision.round.state.open"))));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(text("supervision.round.list.title") + ".xlsx", StandardCharsets.UTF_8).build()
                        .toString())
                .body(out.toByteArray());
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        return form(user, model, RoundForm.empty());
    }

    @PostMapping
    String open(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") RoundForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            SupervisionRound round = rounds.open(user, form);
            flash.add(redirect, "supervision.round.opened");
            return "redirect:/supervision/rounds/" + round.id();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return form(user, model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        SupervisionRound round = rounds.get(user, id);
        model.addAttribute("round", round);
        model.addAttribute("agencyNames", round.agencies().stream().collect(java.util.stream.Collectors.toMap(
                SupervisionRound.RoundAgency::agencyId, SupervisionRound.RoundAgency::agencyName)));
        model.addAttribute("findings", rounds.findingsOf(user, round));
        model.addAttribute("opinions", opinions.search(user, new OpinionRepository.Search(null, null, id, null),
                PageRequest.of(1, PageRequest.MAX_SIZE)).items());
        model.addAttribute("types", categories.types());
        model.addAttribute("supervising", user.hasRole(Role.SUPERVISOR) && !round.closed());
        model.addAttribute("canTransfer", user.hasRole(Role.SUPERVISOR));
        return "supervision/round";
    }

    @PostMapping("/{id}/findings")
    String recordFinding(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                         Rounds.FindingForm form, RedirectAttributes redirect) {
        flash.attempt(redirect, "supervision.finding.", () -> {
            rounds.recordFinding(user, id, form);
            flash.add(redirect, "supervision.finding.recorded");
        });
        return "redirect:/supervision/rounds/" + id;
    }

    @PostMapping("/{id}/opinions")
    String issue(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam long agencyId,
                 RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            Opinion opinion = opinions.issueForRound(user, id, agencyId);
            flash.add(redirect, "supervision.opinion.issued", opinion.number());
        });
        return "redirect:/supervision/rounds/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            rounds.close(user, id);
            flash.add(redirect, "supervision.round.closed-now");
        });
        return "redirect:/supervision/rounds/" + id;
    }

    @PostMapping("/{id}/findings/{findingId}/clue")
    String transfer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long findingId,
                    RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            clues.transfer(user, findingId);
            flash.add(redirect, "supervision.clue.transferred");
        });
        return "redirect:/supervision/rounds/" + id;
    }

    @PostMapping("/{id}/findings/{findingId}/clue/outcome")
    String outcome(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long findingId,
                   Clues.Outcome outcome, RedirectAttributes redirect) {
        flash.attempt(redirect, "supervision.clue.", () -> {
            clues.recordOutcome(user, findingId, outcome);
            flash.add(redirect, "supervision.clue.outcome-recorded");
        });
        return "redirect:/supervision/rounds/" + id;
    }

    private String form(SignedInUser user, Model model, RoundForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", RoundKind.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        model.addAttribute("supervisorOptions", rounds.eligibleSupervisors(user));
        return "supervision/round-form";
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
