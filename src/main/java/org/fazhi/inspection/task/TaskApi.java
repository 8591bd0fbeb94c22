package org.fazhi.inspection.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.enterprise.EnterpriseInspections;
import org.fazhi.inspection.enterprise.Evaluation;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The task pages' actions for scripts and the province's systems: the same services, the same checks. */
@RestController
@RequestMapping("/api/v1/inspection/tasks")
@Tag(name = "检查任务", description = "检查任务的查询、个案/专项检查申请、审批、撤销、办结，检查码与扫码记录")
class TaskApi {

    /** An approver's decision on the pending step; {@code note} is required when refusing. */
    record Decision(int version, boolean approve, @Nullable String note) {
    }

    /** {@code rectificationDue}: required for RECTIFICATION, after today. */
    record Conclusion(int version,
                      @NotNull(message = "{inspection.task.result.required}") @Nullable InspectionResult result,
                      @Nullable LocalDate rectificationDue, @Nullable String note) {
    }

    record Revocation(int version) {
    }

    /** The code officers show; {@code path} is what its QR code opens on this server. */
    record VisitCode(String code, String path) {
    }

    private final Tasks tasks;
    private final Visits visits;
    private final EnterpriseInspections ratings;
    private final PartyDirectory parties;

    TaskApi(Tasks tasks, Visits visits, EnterpriseInspections ratings, PartyDirectory parties) {
        this.tasks = tasks;
        this.visits = visits;
        this.ratings = ratings;
        this.parties = parties;
    }

    @GetMapping
    @Operation(summary = "按执法部门、检查对象、状态、类型、检查期限查询检查任务（分页，检查期限晚者在前；from/to 为与检查期限有交集的日期范围）")
    Page<TaskView> search(@AuthenticationPrincipal SignedInUser user,
                          @RequestParam(required = false) @Nullable Long agency,
                          @RequestParam(required = false) @Nullable Long party,
                          @RequestParam(required = false) @Nullable TaskStatus status,
                          @RequestParam(required = false) @Nullable TaskKind kind,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                          @ParameterObject Paging paging) {
        Page<InspectionTask> found = tasks.search(user, new TaskRepository.Search(status, party, agency, kind, from, to),
                paging.request());
        Map<Long, PartyCard> cards = parties.findAll(found.items().stream().map(InspectionTask::partyId).toList())
                .stream().collect(Collectors.toMap(PartyCard::id, Function.identity()));
        return found.map(task -> TaskView.of(task, cards.get(task.partyId())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个检查任务（含检查人员和审批环节）")
    TaskView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(tasks.get(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申请个案检查或专项检查（本部门执法人员或法制机构；超过频次上限的申请记为未获批准）")
    TaskView create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody TaskForm form) {
        return view(tasks.create(user, form));
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "审批当前环节（approve=false 为不同意，须填写 note）")
    TaskView decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @RequestBody Decision decision) {
        return view(tasks.decide(user, id, decision.version(), decision.approve(), decision.note()));
    }

    @PostMapping("/{id}/conclusion")
    @Operation(summary = "办结并登记检查结果（牵头部门）")
    TaskView conclude(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                      @Valid @RequestBody Conclusion conclusion) {
        return view(tasks.conclude(user, id, conclusion.version(), conclusion.result(),
                conclusion.rectificationDue(), conclusion.note()));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "撤销检查（牵头部门；检查码立即失效）")
    TaskView revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @RequestBody Revocation revocation) {
        return view(tasks.revoke(user, id, revocation.version()));
    }

    @GetMapping("/{id}/visit-code")
    @Operation(summary = "检查码（批准后至办结前有效，检查期限结束后过期）")
    VisitCode visitCode(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        String code = visits.codeOf(tasks.get(user, id))
                .orElseThrow(() -> RuleViolation.of("inspection.task.code.none"));
        return new VisitCode(code, "/visit/" + code);
    }

    @GetMapping("/{id}/scans")
    @Operation(summary = "检查码的扫码记录（最近的在前），包括已撤销、过期的检查码")
    List<Visits.Scanned> scans(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return visits.scansOf(tasks.get(user, id));
    }

    @GetMapping("/{id}/evaluation")
    @Operation(summary = "企业对本次检查的评价（仅司法局执法监督人员和系统管理员；执法部门只看平均分）")
    Evaluation evaluation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        tasks.get(user, id);
        if (!user.hasRole(Role.ADMIN, Role.SUPERVISOR)) {
            throw new AccessDeniedException("agencies see average ratings only");
        }
        return ratings.evaluationFor(user, id).orElseThrow(() -> new NotFound("inspection.evaluation", id));
    }

    private TaskView view(InspectionTask task) {
        return TaskView.of(task, parties.find(task.partyId()).orElse(null));
    }
}
