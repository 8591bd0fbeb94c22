package org.fazhi.casework.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases for scripts and the province's systems: the list, a case with its timeline and deadlines, and registering
 * a clue; the steps are {@link CaseStepApi}'s. Same services, same scope and roles as the pages.
 */
@RestController
@RequestMapping("/api/v1/casework/cases")
@Tag(name = "行政处罚案件", description = "案件查询（含时间线、期限）、线索登记；办案环节见“行政处罚案件办理环节”")
class CaseApi {

    /** A clue and the request key that makes its registration safe to retry. */
    record NewClue(@Nullable String requestKey, PenaltyCases.@Nullable ClueForm clue) {
    }

    private final PenaltyCases cases;
    private final CaseDetails details;

    CaseApi(PenaltyCases cases, CaseDetails details) {
        this.cases = cases;
        this.details = details;
    }

    @GetMapping
    @Operation(summary = "按执法部门、办案环节、处罚事项、当事人、临近或超过期限查询案件（分页，新登记的在前）")
    Page<CaseView.Row> search(@AuthenticationPrincipal SignedInUser user, @ParameterObject CaseSearch search,
                              @ParameterObject Paging paging) {
        return details.rows(cases.search(user, search, paging.request()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个案件：各环节记录、应缴金额、办案期限、全过程记录（含被拒绝的操作）和可进行的下一步")
    CaseView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return details.of(user, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记线索（本部门执法人员或法制机构；来源：投诉举报、交办移送、移送管辖、自行发现；检查发现的线索自动登记）。同一 requestKey 重试返回首次结果")
    Outcome register(@AuthenticationPrincipal SignedInUser user, @RequestBody NewClue body) {
        if (body.clue() == null) {
            throw InvalidInput.of("clue", "casework.input.required");
        }
        if (body.requestKey() == null) {
            throw InvalidInput.of("requestKey", "casework.request-key.invalid");
        }
        return cases.registerClue(user, body.clue(), body.requestKey());
    }
}
