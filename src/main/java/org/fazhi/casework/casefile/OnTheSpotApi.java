package org.fazhi.casework.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 简易程序 for scripts and the province's systems: a decision on the spot, its record, and its report (备案). */
@RestController
@RequestMapping("/api/v1/casework")
@Tag(name = "行政处罚案件办理环节", description = "每个办案环节一个接口，携带 requestKey（重试安全）和 version（乐观锁）")
class OnTheSpotApi {

    /** A decision on the spot and the request key that makes it safe to retry. */
    record NewDecision(@Nullable String requestKey, @Nullable OnTheSpotForm decision) {
    }

    private final OnTheSpotDecisions decisions;
    private final StepDispatch steps;

    OnTheSpotApi(OnTheSpotDecisions decisions, StepDispatch steps) {
        this.decisions = decisions;
        this.steps = steps;
    }

    @PostMapping("/on-the-spot")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "当场作出行政处罚决定（简易程序，行政处罚法第五十一条）：partyCode、itemId、handlerIds、place、facts、factsCertain、penalties（WARNING/FINE）、fine、tier、certificatesShown、statement 或 waived、collected、hardToCollect、receiptNumber；超出限额的拒绝并提示适用普通程序")
    Outcome decide(@AuthenticationPrincipal SignedInUser user, @RequestBody NewDecision body) {
        if (body.decision() == null) {
            throw InvalidInput.of("decision", "casework.input.required");
        }
        if (body.requestKey() == null) {
            throw InvalidInput.of("requestKey", "casework.request-key.invalid");
        }
        return decisions.decide(user, body.decision(), body.requestKey());
    }

    @GetMapping("/cases/{id}/on-the-spot")
    @Operation(summary = "当场处罚的记录：地点、陈述申辩、当场收缴及票据号码、备案期限和备案情况")
    OnTheSpot get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return decisions.of(user, id).orElseThrow(() -> new NotFound("casework.on_the_spot", id));
    }

    @PostMapping("/cases/{id}/on-the-spot-report")
    @Operation(summary = "当场处罚决定报所属行政机关备案（行政处罚法第五十二条）")
    Outcome report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.REPORT_ON_THE_SPOT, body);
    }
}
