package org.fazhi.inspection.checkin;

import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 亮码即定位 on the visit page: after a genuine scan, the enterprise's phone may send where it is (asked, never
 * required). Anyone holding the code may, as anyone may open it; only the scan just made with it takes a place.
 */
@Controller
class LocationController {

    private final LocatedScans located;

    LocationController(LocatedScans located) {
        this.located = located;
    }

    @PostMapping("/visit/{token}/location")
    String locate(@PathVariable String token, @RequestParam long scanId, @RequestParam(required = false) @Nullable Double latitude,
                  @RequestParam(required = false) @Nullable Double longitude,
                  @RequestParam(required = false) @Nullable Double accuracy, Model model) {
        try {
            ScanLocation at = ScanLocation.of(latitude, longitude, accuracy).orElse(null);
            if (at == null) {
                model.addAttribute("refusal", "inspection.checkin.location.none");
            } else {
                located.locate(token, scanId, at);
                model.addAttribute("recorded", true);
            }
        } catch (RuleViolation refused) {
            model.addAttribute("refusal", refused.messageKey());
        } catch (IllegalArgumentException nonsense) {
            model.addAttribute("refusal", "inspection.checkin.location.invalid");
        }
        return "inspection/visit-located";
    }
}
