package org.fazhi.supervision.alert;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.LiveUpdates;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.fazhi.supervision.monitoring.Monitoring;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * 监管预警: the supervisors' inbox (filters, counts, paging, export, new alerts arriving live), an alert's page with
 * its record and history, and the supervisors' actions on it. Agencies' users read their agency's alerts.
 */
@Controller
@RequestMapping("/supervision/alerts")
class AlertController {

    private final Alerts alerts;
    private final AlertSheet sheet;
    private final Monitoring monitoring;
    private final LiveUpdates live;
    private final Flash flash;

    AlertController(Alerts alerts, AlertSheet sheet, Monitoring monitoring, LiveUpdates live, Flash flash) {
        this.alerts = alerts;
        this.sheet = sheet;
        this.monitoring = monitoring;
        this.live = live;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") AlertSearch search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", alerts.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("rules", monitoring.rules().stream().map(MonitoringRule::code).sorted().toList());
        model.addAttribute("states", AlertState.values());
        model.addAttribute("byRule", alerts.counts(user, search, "rule"));
        model.addAttribute("byAgency", alerts.counts(user, search, "agency"));
        model.addAttribute("supervising", user.hasRole(Role.SUPERVISOR));
        return "supervision/alerts";
    }

    @GetMapping("/{id}")
    String alert(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Alert alert = alerts.get(user, id);
        model.addAttribute("alert", alert);
        model.addAttribute("history", alerts.history(user, id));
        model.addAttribute("canHandle", user.hasRole(Role.SUPERVISOR) && alert.live());
        return "supervision/alert";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") AlertSearch search,
                HttpServletResponse response) throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    /** New alerts and changes of the user's scope, as they commit. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@AuthenticationPrincipal SignedInUser user) {
        return live.subscribe(AlertsLive.TOPIC, new LiveUpdates.Audience(user.scope().region(),
                user.scope().agencyId()));
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            alerts.acknowledge(user, id);
            flash.add(redirect, "supervision.alert.acknowledged");
        });
        return back(id);
    }

    @PostMapping("/{id}/resolve")
    String resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            alerts.resolve(user, id, note);
            flash.add(redirect, "supervision.alert.resolved");
        });
        return back(id);
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            alerts.dismiss(user, id, reason);
            flash.add(redirect, "supervision.alert.dismissed");
        });
        return back(id);
    }

    @PostMapping("/{id}/assign")
    String assign(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @RequestParam(required = false) @Nullable String assignee, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            Alert alert = alerts.assign(user, id, assignee);
            flash.add(redirect, "supervision.alert.assigned", alert.ownerName());
        });
        return back(id);
    }

    /** 立即全面复查: the full pass of the supervisor's county now, not waiting for the night. */
    @PostMapping("/run")
    String run(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new org.springframework.security.access.AccessDeniedException("supervisors only");
        }
        Monitoring.CountyPass pass = monitoring.fullPass(user.region().county(), monitoring.today());
        flash.add(redirect, "supervision.monitoring.ran", pass.raised(), pass.cleared());
        return "redirect:/supervision/alerts";
    }

    private static String back(long id) {
        return "redirect:/supervision/alerts/" + id;
    }
}
