package org.fazhi.supervision.transfer;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.fazhi.platform.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Transfers (三法衔接) for scripts and the province's systems: same service, same scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/transfers")
@Tag(name = "三法衔接", description = "行刑衔接（移送公安机关）与监察衔接（移送监察委员会）：审批、移交、立案决定、复议、检察监督与期限")
class TransferApi {

    /** Why the head does not approve. */
    record Refusal(@Nullable String reason) {
    }

    /** The receiving body's decision: filed or not, the date of its notice, a note. */
    record Decision(@Nullable Boolean filed, @Nullable LocalDate on, @Nullable String note) {
    }

    /** The day a step was taken (today when omitted). */
    record Day(@Nullable LocalDate on) {
    }

    private final Transfers transfers;
    private final TransferCounts counts;

    TransferApi(Transfers transfers, TransferCounts counts) {
        this.transfers = transfers;
        this.counts = counts;
    }

    @GetMapping("/counts")
    @Operation(summary = "统计：按类别、状态和结果的移送数，待办与超期数，各环节按期完成数")
    TransferCounts.Figures counts(@AuthenticationPrincipal SignedInUser user) {
        transfers.search(user, new TransferRepository.Search(null, null, null, null),
                org.fazhi.platform.PageRequest.of(null, 1));
        return counts.of(user.scope(), transfers.today());
    }

    @GetMapping
    @Operation(summary = "按类别、状态、是否逾期、案件编号或涉嫌罪名查询移送（分页，期限早的在前；执法部门仅见本部门）")
    Page<TransferRepository.Row> search(@AuthenticationPrincipal SignedInUser user,
                                        @ParameterObject TransferRepository.Search search,
                                        @ParameterObject Paging paging) {
        return transfers.search(user, search, paging.request());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "对本部门案件提出移送（承办人员或法制机构）；负责人3日内审批")
    TransferView propose(@AuthenticationPrincipal SignedInUser user, @RequestBody Transfers.Proposal body) {
        return view(user, transfers.propose(user, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一件移送：各环节、期限及是否按期、移送材料")
    TransferView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, transfers.get(user, id));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "负责人批准移送（本部门法制机构）；24小时内移交")
    TransferView approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, transfers.approve(user, id));
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "负责人不批准移送（须说明理由）；行政案件继续办理")
    TransferView refuse(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @RequestBody Refusal body) {
        return view(user, transfers.refuse(user, id, body.reason()));
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传移送材料（移送书、调查报告、涉案物品清单、检验报告或鉴定结论等；PDF、Word 或图片）")
    TransferView attach(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @RequestParam(required = false) @Nullable DocumentKind kind,
                        @RequestPart("file") MultipartFile file) {
        return view(user, transfers.attach(user, id, kind, Upload.of(file)));
    }

    @PostMapping("/{id}/hand-over")
    @Operation(summary = "移交接收机关（材料齐全方可移交）；公安机关3日内决定是否立案")
    TransferView handOver(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, transfers.handOver(user, id));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "登记接收机关的决定：立案（3日内移交涉案物品）或不予立案（3日内可提请复议）")
    TransferView decision(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @RequestBody Decision body) {
        return view(user, transfers.recordDecision(user, id, body.filed(), body.on(), body.note()));
    }

    @PostMapping("/{id}/reconsideration")
    @Operation(summary = "不予立案后提请公安机关复议（一次）；公安机关3日内作出复议决定")
    TransferView reconsideration(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                 @RequestBody Day body) {
        return view(user, transfers.requestReconsideration(user, id, body.on()));
    }

    @PostMapping("/{id}/procuratorate")
    @Operation(summary = "建议人民检察院进行立案监督")
    TransferView procuratorate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                               @RequestBody Day body) {
        return view(user, transfers.askProcuratorate(user, id, body.on()));
    }

    @PostMapping("/{id}/continue")
    @Operation(summary = "不予立案，行政案件继续办理（办结移送）")
    TransferView continueCase(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                              @RequestBody Day body) {
        return view(user, transfers.continueAdministrativeCase(user, id, body.on()));
    }

    @PostMapping("/{id}/exhibits")
    @Operation(summary = "立案后移交涉案物品（办结移送）")
    TransferView exhibits(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @RequestBody Day body) {
        return view(user, transfers.handOverExhibits(user, id, body.on()));
    }

    private TransferView view(SignedInUser user, Transfer t) {
        return TransferView.of(t, transfers.required(t), transfers.today(), transfers.mayAct(user, t));
    }
}
