package org.fazhi.inspection.task;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What a scanned visit code opens, for the enterprise or anyone holding the link: a confirmation that the visit
 * is genuine with who, what and when — or a clear refusal for a forged, expired, revoked or out-of-window code.
 */
@Controller
class VisitController {

    private final Visits visits;

    VisitController(Visits visits) {
        this.visits = visits;
    }

    @GetMapping("/visit/{token}")
    String scan(@PathVariable String token, @AuthenticationPrincipal @Nullable SignedInUser user,
                HttpServletRequest request, Model model) {
        Visits.Scan scan = visits.scan(token, user, request.getRemoteAddr());
        model.addAttribute("scan", scan);
        model.addAttribute("token", token);
        return "inspection/visit";
    }
}
