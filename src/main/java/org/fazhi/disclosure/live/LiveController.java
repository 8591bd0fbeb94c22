package org.fazhi.disclosure.live;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.LiveUpdates;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * 执法决定实时推送: the page that lists decisions, publications and withdrawals as they happen, and its stream. The
 * readers are the module's (supervisors, leaders, administrators, and legal offices, who see their agency's only):
 * the stream carries exactly the user's scope.
 */
@Controller
@RequestMapping("/disclosure/live")
class LiveController {

    private final LiveUpdates live;

    LiveController(LiveUpdates live) {
        this.live = live;
    }

    @GetMapping
    String page() {
        return "disclosure/live";
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@AuthenticationPrincipal SignedInUser user) {
        return live.subscribe(DecisionsLive.TOPIC, new LiveUpdates.Audience(user.scope().region(),
                user.scope().agencyId()));
    }
}
