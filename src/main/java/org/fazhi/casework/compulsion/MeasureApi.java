package org.fazhi.casework.compulsion;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 查封、扣押 for scripts and the province's systems, with the case API's guarantees: every act carries
 * {@code requestKey} (a retry answers the first outcome) and, on an existing measure, {@code version} (someone
 * else's act since answers 409); a refused act answers 422 with its article ({@code legalBasis}); a role that may
 * not act 403; another agency's measure 404.
 */
@RestController
@RequestMapping("/api/v1/casework")
@Tag(name = "行政强制措施", description = "查封、扣押：报批或当场实施、负责人批准（紧急情况二十四小时内）、延长期限（一次，三十日以内）、解除、退还物品、办结、转入处罚决定没收；执法文书下载")
class MeasureApi {

    private final Measures measures;
    private final MeasureViews views;
    private final MeasureDocuments documents;

    MeasureApi(Measures measures, MeasureViews views, MeasureDocuments documents) {
        this.measures = measures;
        this.views = views;
        this.documents = documents;
    }

    @GetMapping("/measures")
    @Operation(summary = "未办结的强制措施（本部门，或县级用户按 agency 筛选），临近届满的在前")
    List<MeasureView.Row> open(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Long agency) {
        return views.open(user, agency);
    }

    @GetMapping("/cases/{caseId}/measures")
    @Operation(summary = "一个案件的强制措施")
    List<MeasureView.Row> ofCase(@AuthenticationPrincipal SignedInUser user, @PathVariable long caseId) {
        return views.ofCase(user, caseId);
    }

    @PostMapping("/cases/{caseId}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "报请批准查封、扣押（urgent=true：情况紧急当场实施，二十四小时内报批）：requestKey、kind（SEALING_UP 查封 / SEIZURE 扣押 / PRESERVATION 先行登记保存，七个工作日内处理、不能延长）、reason、legalBasis、placeKept、officerIds（两名以上持证执法人员）、items（name、specification、quantity、unit、condition、placeKept）")
    MeasureOutcome propose(@AuthenticationPrincipal SignedInUser user, @PathVariable long caseId,
                           @RequestBody MeasureForm body) {
        return measures.propose(user, caseId, body);
    }

    @GetMapping("/measures/{id}")
    @Operation(summary = "查看一项强制措施：清单、期限、批准、延长、解除、退还和全过程记录")
    MeasureView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return views.of(user, id);
    }

    @PostMapping("/measures/{id}/approval")
    @Operation(summary = "负责人批准（法制机构）：note")
    MeasureOutcome approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody ActForm body) {
        return measures.approve(user, id, body);
    }

    @PostMapping("/measures/{id}/refusal")
    @Operation(summary = "不予批准（法制机构）：note；当场实施的措施立即解除")
    MeasureOutcome refuse(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody ActForm body) {
        return measures.refuse(user, id, body);
    }

    @PostMapping("/measures/{id}/extension")
    @Operation(summary = "延长期限（法制机构，只能一次）：days（不超过三十日）、reason")
    MeasureOutcome extend(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody ActForm body) {
        return measures.extend(user, id, body);
    }

    @PostMapping("/measures/{id}/lifting")
    @Operation(summary = "解除（法制机构）：liftingReason（NO_VIOLATION、NOT_RELATED、DECIDED、PERIOD_ENDED、NO_LONGER_NEEDED）、note")
    MeasureOutcome lift(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody ActForm body) {
        return measures.lift(user, id, body);
    }

    @PostMapping("/measures/{id}/returns")
    @Operation(summary = "退还一项物品：line（清单序号）、returnedTo（接收人）")
    MeasureOutcome returnItem(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody ActForm body) {
        return measures.returnItem(user, id, body);
    }

    @PostMapping("/measures/{id}/closure")
    @Operation(summary = "办结（物品已全部退还）")
    MeasureOutcome close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody ActForm body) {
        return measures.close(user, id, body);
    }

    @PostMapping("/measures/{id}/confiscation")
    @Operation(summary = "转入处罚决定没收（法制机构；案件已作出决定）：note")
    MeasureOutcome confiscate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody ActForm body) {
        return measures.confiscate(user, id, body);
    }

    @GetMapping("/measures/{id}/documents/{document}")
    @Operation(summary = "下载执法文书（.docx）：decision 查封（扣押）决定书、list 清单、extension 延长期限通知书")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @PathVariable String document) {
        return documents.download(user, id, document);
    }
}
