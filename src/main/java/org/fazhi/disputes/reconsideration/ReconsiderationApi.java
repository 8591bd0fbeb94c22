package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reconsideration cases (行政复议) for scripts and the province's systems: same service, scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/disputes/reconsiderations")
@Tag(name = "行政复议", description = "行政复议案件：收件、审查（受理、不予受理、补正）、答复、审理、调解和解、决定及各环节期限")
class ReconsiderationApi {

    /** The day a step was taken (today when omitted) and what goes with it. */
    record Step(@Nullable LocalDate on, @Nullable String text) {
    }

    record Acceptance(@Nullable LocalDate on, @Nullable Procedure procedure) {
    }

    record Hearing(@Nullable HearingMode mode, @Nullable LocalDate on, @Nullable LocalDate noticeOn) {
    }

    record Decision(@Nullable ReconsiderationOutcome kind, @Nullable LocalDate on, @Nullable String text) {
    }

    private final Reconsiderations reconsiderations;
    private final ReconsiderationDocuments documents;

    ReconsiderationApi(Reconsiderations reconsiderations, ReconsiderationDocuments documents) {
        this.reconsiderations = reconsiderations;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "按状态、渠道、被申请人、年度、是否逾期、案号或申请人查询复议案件（分页；执法部门仅见本部门为被申请人的）")
    Page<ReconsiderationRepository.Row> search(@AuthenticationPrincipal SignedInUser user,
                                               @ParameterObject ReconsiderationRepository.Search search,
                                               @ParameterObject Paging paging) {
        return reconsiderations.search(user, search, paging.request());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记行政复议申请（行政复议机构）；5个工作日内审查，超过申请期限的予以标注")
    ReconsiderationView receive(@AuthenticationPrincipal SignedInUser user, @RequestBody ApplicationForm body) {
        return view(user, reconsiderations.receive(user, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一件复议案件：各环节、期限及是否按期")
    ReconsiderationView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, reconsiderations.get(user, id));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "受理（普通程序或简易程序）；7个工作日内发送副本，60日（简易30日）内作出决定")
    ReconsiderationView accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                               @RequestBody Acceptance body) {
        return view(user, reconsiderations.accept(user, id, body.on(), body.procedure()));
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "不予受理（text：理由）")
    ReconsiderationView refuse(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                               @RequestBody Step body) {
        return view(user, reconsiderations.refuse(user, id, body.on(), body.text()));
    }

    @PostMapping("/{id}/correction")
    @Operation(summary = "通知补正（text：补正事项）；申请人10个工作日内补正")
    ReconsiderationView correction(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                   @RequestBody Step body) {
        return view(user, reconsiderations.requestCorrection(user, id, body.on(), body.text()));
    }

    @PostMapping("/{id}/corrected")
    @Operation(summary = "申请人已补正；审查期限自补正之日重新计算")
    ReconsiderationView corrected(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                  @RequestBody Step body) {
        return view(user, reconsiderations.corrected(user, id, body.on()));
    }

    @PostMapping("/{id}/abandon")
    @Operation(summary = "逾期不补正，视为放弃申请")
    ReconsiderationView abandon(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                @RequestBody Step body) {
        return view(user, reconsiderations.abandon(user, id, body.on()));
    }

    @PostMapping("/{id}/copy")
    @Operation(summary = "向被申请人发送申请书副本；被申请人10个工作日内答复")
    ReconsiderationView copy(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                             @RequestBody Step body) {
        return view(user, reconsiderations.sendCopy(user, id, body.on()));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "被申请人答复并提交证据（text：答复及证据；行政复议机构或被申请人法制机构）")
    ReconsiderationView answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                               @RequestBody Step body) {
        return view(user, reconsiderations.recordAnswer(user, id, body.on(), body.text()));
    }

    @PostMapping("/{id}/hearing")
    @Operation(summary = "确定审理方式：书面审理、听证（提前5个工作日通知）或实地调查")
    ReconsiderationView hearing(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                @RequestBody Hearing body) {
        return view(user, reconsiderations.hear(user, id, body.mode(), body.on(), body.noticeOn()));
    }

    @PostMapping("/{id}/convert")
    @Operation(summary = "简易程序转为普通程序")
    ReconsiderationView convert(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, reconsiderations.convertToGeneral(user, id));
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "经行政复议机构负责人批准延期（一次，至多30日；text：批准人）")
    ReconsiderationView extension(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                  @RequestBody Step body) {
        return view(user, reconsiderations.extend(user, id, body.on(), body.text()));
    }

    @PostMapping("/{id}/mediation")
    @Operation(summary = "调解结案（text：调解书编号及内容）")
    ReconsiderationView mediation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                  @RequestBody Step body) {
        return view(user, reconsiderations.mediate(user, id, body.on(), body.text()));
    }

    @PostMapping("/{id}/settlement")
    @Operation(summary = "和解后申请人撤回申请，终止行政复议（text：和解内容）")
    ReconsiderationView settlement(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                   @RequestBody Step body) {
        return view(user, reconsiderations.settle(user, id, body.on(), body.text()));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "作出行政复议决定（变更、撤销、确认违法、责令履行、确认无效、维持、驳回、终止；text：理由）；"
            + "变更、撤销或确认无效本系统的行政处罚决定的，其公示转入待撤回")
    ReconsiderationView decision(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                 @RequestBody Decision body) {
        return view(user, reconsiderations.decide(user, id, body.kind(), body.on(), body.text()));
    }

    @GetMapping("/{id}/documents/{kind}")
    @Operation(summary = "下载复议文书（.docx）：受理通知书、不予受理决定书、补正通知书、提出答复通知书、听证通知书、"
            + "行政复议决定书、行政复议调解书；尚未到该环节的文书不存在（404）")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @PathVariable ReconsiderationDocumentKind kind) {
        return documents.download(user, id, kind);
    }

    private ReconsiderationView view(SignedInUser user, ReconsiderationCase c) {
        return ReconsiderationView.of(c, reconsiderations.agencyName(c.application().agencyId()),
                reconsiderations.today(), reconsiderations.stepsFor(user, c));
    }
}
