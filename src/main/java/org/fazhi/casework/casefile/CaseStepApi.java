package org.fazhi.casework.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.identity.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One POST per step of the general procedure. Every body carries {@code requestKey} (the client's, the same on
 * every retry: a retry answers the first outcome and never takes the step twice) and {@code version} (the case
 * version the client saw: someone else's step since answers 409). A step the procedure refuses answers 422 with
 * the rule in Chinese and its article ({@code legalBasis}); a role that may not take it 403; another agency's case
 * 404. The fields each step reads are listed in its summary; the others are ignored.
 */
@RestController
@RequestMapping("/api/v1/casework/cases")
@Tag(name = "行政处罚案件办理环节", description = "普通程序各环节：立案、调查、审查、法制审核、告知、听证、决定、送达、执行、结案、归档")
class CaseStepApi {

    private final StepDispatch steps;

    CaseStepApi(StepDispatch steps) {
        this.steps = steps;
    }

    @PostMapping("/{id}/filing")
    @Operation(summary = "立案：itemIds（处罚事项）、handlerIds（两名以上持证执法人员）、facts、violationOn（违法行为发生或终了日）、extendedTimeBar（涉及生命健康安全、金融安全且有危害后果，追责时效五年）")
    Outcome file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.FILE, body);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "不予立案：reason")
    Outcome decline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.DECLINE, body);
    }

    @PostMapping("/{id}/handlers")
    @Operation(summary = "指定或更换承办人（法制机构）：handlerIds")
    Outcome assignHandlers(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.ASSIGN_HANDLERS, body);
    }

    @PostMapping("/{id}/recusals")
    @Operation(summary = "回避申请：officerId、applicant（OFFICER 本人申请 / PARTY 当事人申请）、reason")
    Outcome declareRecusal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.DECLARE_RECUSAL, body);
    }

    @PostMapping("/{id}/recusal-decisions")
    @Operation(summary = "回避决定（法制机构）：recusalId、upheld")
    Outcome decideRecusal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.DECIDE_RECUSAL, body);
    }

    @PostMapping("/{id}/extensions")
    @Operation(summary = "延长办案期限（法制机构）：days、reason")
    Outcome extendDeadline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.EXTEND_DEADLINE, body);
    }

    @PostMapping("/{id}/evidence")
    @Operation(summary = "登记证据：evidenceKind、title、description、collectedOn")
    Outcome recordEvidence(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.RECORD_EVIDENCE, body);
    }

    @PostMapping("/{id}/review-submission")
    @Operation(summary = "调查终结，提出处理意见：kind、penalties、fine、confiscation、illegalGains、goodsValue、tier（裁量档次）、outsideReason（超出裁量基准的理由）、reason，以及 majorPublicInterest、complex、majorViolation")
    Outcome submitForReview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.SUBMIT_FOR_REVIEW, body);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "退回补充调查：reason")
    Outcome returnForInvestigation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.RETURN_FOR_INVESTIGATION, body);
    }

    @PostMapping("/{id}/legal-review-submission")
    @Operation(summary = "提请法制审核")
    Outcome submitForLegalReview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.SUBMIT_FOR_LEGAL_REVIEW, body);
    }

    @PostMapping("/{id}/legal-review-pass")
    @Operation(summary = "法制审核通过（法制机构，非本案调查人员）：opinion")
    Outcome passLegalReview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.PASS_LEGAL_REVIEW, body);
    }

    @PostMapping("/{id}/legal-review-rejection")
    @Operation(summary = "法制审核退回（法制机构）：opinion")
    Outcome rejectLegalReview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.REJECT_LEGAL_REVIEW, body);
    }

    @PostMapping("/{id}/collective-discussion")
    @Operation(summary = "集体讨论（法制机构记录）：heldOn、conclusion")
    Outcome holdCollectiveDiscussion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.HOLD_COLLECTIVE_DISCUSSION, body);
    }

    @PostMapping("/{id}/notice")
    @Operation(summary = "行政处罚事先告知（按拟处理意见；符合第六十三条的同时告知听证权利）")
    Outcome notify(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.NOTIFY, body);
    }

    @PostMapping("/{id}/statement")
    @Operation(summary = "记录陈述申辩：statement，或 waived=true 当事人明确放弃")
    Outcome recordStatement(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.RECORD_STATEMENT, body);
    }

    @PostMapping("/{id}/hearing-request")
    @Operation(summary = "当事人要求听证（告知后五个工作日内）")
    Outcome requestHearing(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.REQUEST_HEARING, body);
    }

    @PostMapping("/{id}/hearing-notice")
    @Operation(summary = "听证通知：hearingOn（七个工作日以后）、chair（非本案调查人员）")
    Outcome scheduleHearing(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.SCHEDULE_HEARING, body);
    }

    @PostMapping("/{id}/hearing")
    @Operation(summary = "举行听证：record（听证笔录要点）")
    Outcome holdHearing(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.HOLD_HEARING, body);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "作出决定（法制机构代负责人）：kind、penalties、fine、confiscation、illegalGains、goodsValue、tier、outsideReason、reason；首违不罚先检索本县同类违法记录")
    Outcome decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.DECIDE, body);
    }

    @PostMapping("/{id}/delivery")
    @Operation(summary = "送达决定书")
    Outcome deliver(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.DELIVER, body);
    }

    @PostMapping("/{id}/payments")
    @Operation(summary = "登记缴款：amount（元）、paidOn")
    Outcome recordPayment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.RECORD_PAYMENT, body);
    }

    @PostMapping("/{id}/payment-plan")
    @Operation(summary = "批准延期或分期缴纳（法制机构）：due、plan")
    Outcome approvePaymentPlan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.APPROVE_PAYMENT_PLAN, body);
    }

    @PostMapping("/{id}/reminder")
    @Operation(summary = "催告：deliveredOn（催告书送达日）")
    Outcome sendReminder(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.SEND_REMINDER, body);
    }

    @PostMapping("/{id}/court-application")
    @Operation(summary = "申请人民法院强制执行（法制机构）")
    Outcome applyToCourt(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.APPLY_TO_COURT, body);
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "结案：note")
    Outcome close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.CLOSE, body);
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "归档（法制机构）")
    Outcome archive(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return steps.take(user, id, Transition.ARCHIVE, body);
    }
}
