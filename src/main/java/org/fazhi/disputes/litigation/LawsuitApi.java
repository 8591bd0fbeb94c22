package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.identity.SignedInUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrative lawsuits (行政应诉) for scripts and the province's systems: same service, scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/disputes/lawsuits")
@Tag(name = "行政应诉", description = "行政诉讼案件：收到起诉状副本、15日内答辩、每次开庭的出庭应诉情况、结案结果及败诉率")
class LawsuitApi {

    record Defence(@Nullable LocalDate on) {
    }

    record Hearing(@Nullable LocalDate on, @Nullable Appearance appearance, @Nullable String appearedBy) {
    }

    record Outcome(@Nullable LawsuitOutcome outcome, @Nullable LocalDate on, @Nullable String note) {
    }

    private final Lawsuits lawsuits;
    private final LossRateSeries lossRate;

    LawsuitApi(Lawsuits lawsuits, LossRateSeries lossRate) {
        this.lawsuits = lawsuits;
        this.lossRate = lossRate;
    }

    @GetMapping
    @Operation(summary = "按审级、是否结案、结果、被告、年度、答辩是否超期、案号/原告/案由查询行政诉讼案件（分页；执法部门仅见本部门为被告的）")
    Page<LawsuitRepository.Row> search(@AuthenticationPrincipal SignedInUser user,
                                       @ParameterObject LawsuitRepository.Search search,
                                       @ParameterObject Paging paging) {
        return lawsuits.search(user, search, paging.request());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记行政诉讼案件（司法局或行政复议机构）；自收到起诉状副本之日起15日内提交答辩状")
    LawsuitView register(@AuthenticationPrincipal SignedInUser user, @RequestBody LawsuitForm body) {
        return view(user, lawsuits.register(user, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一件行政诉讼案件：答辩期限、各次开庭出庭情况及结果")
    LawsuitView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, lawsuits.get(user, id));
    }

    @PostMapping("/{id}/defence")
    @Operation(summary = "登记提交答辩状及证据的日期（被告法制机构或司法局）")
    LawsuitView defence(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @RequestBody Defence body) {
        return view(user, lawsuits.submitDefence(user, id, body.on()));
    }

    @PostMapping("/{id}/hearings")
    @Operation(summary = "登记一次开庭及出庭应诉人员（负责人、副职、工作人员或无人出庭）")
    LawsuitView hearing(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @RequestBody Hearing body) {
        return view(user, lawsuits.recordHearing(user, id, body.on(), body.appearance(), body.appearedBy()));
    }

    @PostMapping("/{id}/outcome")
    @Operation(summary = "登记结案结果（驳回诉讼请求、撤销、变更、确认违法、确认无效、责令履行、给付赔偿、改变行为后撤诉、撤诉、调解）；"
            + "计为败诉的，通知执法监督启动过错责任追究")
    LawsuitView outcome(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @RequestBody Outcome body) {
        return view(user, lawsuits.conclude(user, id, body.outcome(), body.on(), body.note()));
    }

    @GetMapping("/loss-rate")
    @Operation(summary = "败诉率按月累计（1月、1-2月……），按本县设定的口径（一审或终审、计入败诉的结果）")
    List<LossRateSeries.Point> lossRate(@AuthenticationPrincipal SignedInUser user, @RequestParam int year,
                                        @RequestParam(required = false) @Nullable Long agencyId) {
        return lossRate.of(user, year, agencyId);
    }

    private LawsuitView view(SignedInUser user, Lawsuit s) {
        return LawsuitView.of(s, lawsuits, LawsuitView.stepsFor(s, lawsuits.mayFollow(user),
                lawsuits.isDefendant(user, s)));
    }
}
