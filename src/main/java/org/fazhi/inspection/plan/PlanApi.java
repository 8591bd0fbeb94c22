package org.fazhi.inspection.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.draw.PublishedDraw;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The plan pages' actions for scripts and the province's systems: the same services, the same checks. */
@RestController
@RequestMapping("/api/v1/inspection/plans")
@Tag(name = "抽查计划", description = "双随机抽查计划的起草、审批、公布、抽取与撤销；抽取结果及其公示文件")
class PlanApi {

    /** A state change of the plan as read at {@code version}. */
    record Step(int version) {
    }

    /** The value read at the plan's announced source, and for a public drawing session its witnesses. */
    record Drawing(int version, @Nullable String publicValue, @Nullable List<String> witnesses) {
    }

    record Cancellation(int version, @Nullable String reason) {
    }

    private final Plans plans;
    private final PlanDraws draws;
    private final DrawResults results;
    private final PublishedDraws published;

    PlanApi(Plans plans, PlanDraws draws, DrawResults results, PublishedDraws published) {
        this.plans = plans;
        this.draws = draws;
        this.results = results;
        this.published = published;
    }

    @GetMapping
    @Operation(summary = "按状态、年度查询抽查计划（分页；执法部门只见本部门参与的计划）")
    Page<PlanView> search(@AuthenticationPrincipal SignedInUser user,
                          @RequestParam(required = false) @Nullable PlanStatus status,
                          @RequestParam(required = false) @Nullable Integer year,
                          @ParameterObject Paging paging) {
        return plans.search(user, status, year, paging.request()).map(this::view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个抽查计划")
    PlanView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(plans.get(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "起草抽查计划（草稿；比例为百分数，如 3 表示 3%）")
    PlanView create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody PlanForm form) {
        return view(plans.create(user, form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改草稿（须带上读取时的 version）")
    PlanView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @Valid @RequestBody PlanForm form) {
        return view(plans.update(user, id, form));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "审批计划（起草人以外的人员）")
    PlanView approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Step step) {
        return view(plans.approve(user, id, step.version()));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "公布计划：冻结检查对象名录、检查人员名录和回避清单，公布其 SM3 摘要和种子承诺")
    PlanView publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Step step) {
        return view(draws.publish(user, id, step.version()));
    }

    @PostMapping("/{id}/draw")
    @Operation(summary = "随机抽取：录入公布的公开随机源的值（公开抽签会须有见证人），与承诺的秘密值合成种子后抽取，每个计划一次，不早于公布的读取时刻；生成检查任务")
    DrawView draw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Drawing drawing) {
        return DrawView.of(draws.draw(user, id, drawing.version(), new PublicValue(
                drawing.publicValue() == null ? "" : drawing.publicValue(),
                drawing.witnesses() == null ? List.of() : drawing.witnesses())));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "撤销计划（须写明原因；已抽取的结果保留并公示，未办结的检查任务撤销）")
    PlanView cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @RequestBody Cancellation cancellation) {
        return view(draws.cancel(user, id, cancellation.version(), cancellation.reason()));
    }

    @GetMapping("/{id}/draw")
    @Operation(summary = "计划的抽取记录（抽取前为 404）")
    DrawView drawOf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return draws.drawOf(plans.get(user, id)).map(DrawView::of).orElseThrow(() -> new NotFound("inspection.draw", id));
    }

    @GetMapping("/{id}/draw/results")
    @Operation(summary = "抽取结果：抽中的检查对象、检查人员和检查结果（分页）")
    Page<DrawView.Row> results(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                               @ParameterObject Paging paging) {
        DrawRecord draw = draws.drawOf(plans.get(user, id)).orElseThrow(() -> new NotFound("inspection.draw", id));
        return results.page(draw, paging.request()).map(DrawView.Row::of);
    }

    @GetMapping(path = "/{id}/draw/document", produces = "application/json")
    @Operation(summary = "公示的抽取结果文件（fazhi-draw/1），可用公开核验接口或离线命令复算")
    void document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        plans.get(user, id);
        PublishedDraw document = published.document(id).orElseThrow(() -> new NotFound("inspection.draw", id));
        response.setContentType("application/json;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            document.writeTo(out);
        }
    }

    private PlanView view(InspectionPlan plan) {
        return PlanView.of(plan, plans.zone());
    }
}
