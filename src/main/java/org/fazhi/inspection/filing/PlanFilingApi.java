package org.fazhi.inspection.filing;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.files.FileResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 年度检查计划备案 through the API: the same roles and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/inspection")
@Tag(name = "年度检查计划备案", description = "执法主体年度检查计划的备案、审查、备案情况与计划外检查")
class PlanFilingApi {

    /** A filing as the API shows it; the document itself is under {@code /{id}/document}. */
    record FilingView(long id, long agencyId, int year, FilingStatus status, int plannedRoutine, int plannedSpecial,
                      int plannedHigherSpecial, List<Long> itemIds, @Nullable String note, String documentName,
                      String documentType, long documentSize, String documentSm3, LocalDate filedOn, String filedBy,
                      @Nullable String decidedBy, @Nullable LocalDate decidedOn, @Nullable String returnReason,
                      int version) {

        static FilingView of(PlanFiling filing) {
            PlanDocument document = filing.document();
            return new FilingView(filing.id(), filing.agencyId(), filing.year(), filing.status(),
                    filing.plannedRoutine(), filing.plannedSpecial(), filing.plannedHigherSpecial(), filing.itemIds(),
                    filing.note(), document.name(), document.type().name(), document.size(), document.sm3(),
                    filing.filedOn(), filing.filedBy(), filing.decidedBy(), filing.decidedOn(), filing.returnReason(),
                    filing.version());
        }
    }

    /** An agency's standing for the year. */
    record StandingView(long agencyId, String agencyName, FilingStanding.Kind standing, long daysLate,
                        @Nullable Long latestFilingId, @Nullable FilingStatus latestStatus) {
    }

    /** A task outside a filed plan, and why. */
    record OutsideView(long taskId, String code, TaskKind kind, List<Long> agencyIds, List<Long> itemIds,
                       LocalDate windowFrom, List<Long> agenciesWithoutPlan, List<Long> itemsOutside) {
    }

    record Decision(@NotNull Integer version) {
    }

    record Return(@NotNull Integer version,
                  @NotBlank(message = "{inspection.filing.reason.required}") String reason) {
    }

    private final PlanFilings filings;
    private final PlanCoverage coverage;

    PlanFilingApi(PlanFilings filings, PlanCoverage coverage) {
        this.filings = filings;
        this.coverage = coverage;
    }

    @GetMapping("/plan-filing-standings")
    @Operation(summary = "某年度各执法主体的备案情况（按时、逾期及天数、已退回、未备案、未到期）；standing 过滤")
    List<StandingView> standings(@AuthenticationPrincipal SignedInUser user, @RequestParam int year,
                                 @RequestParam(required = false) FilingStanding.@Nullable Kind standing) {
        return filings.standings(user, year, standing).stream().map(row -> new StandingView(row.agencyId(),
                row.agencyName(), row.standing().kind(), row.standing().daysLate(),
                row.standing().latest() == null ? null : row.standing().latest().id(),
                row.standing().latest() == null ? null : row.standing().latest().status())).toList();
    }

    @GetMapping("/plan-filings")
    @Operation(summary = "备案记录（执法主体只见本单位），year 为空时为全部年度，新者在前")
    List<FilingView> list(@AuthenticationPrincipal SignedInUser user,
                          @RequestParam(required = false) @Nullable Integer year) {
        return filings.filings(user, year).stream().map(FilingView::of).toList();
    }

    @GetMapping("/plan-filings/{id}")
    @Operation(summary = "查看一次备案")
    FilingView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return FilingView.of(filings.get(user, id));
    }

    @GetMapping("/plan-filings/{id}/document")
    @Operation(summary = "下载备案的计划文件（PDF 或 Word）")
    ResponseEntity<Resource> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return FileResponses.of(filings.document(user, id));
    }

    @PostMapping(path = "/plan-filings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "报备年度检查计划（单位法制管理员；multipart：year、plannedRoutine、plannedSpecial、"
            + "plannedHigherSpecial、itemIds、note、document 为 PDF 或 Word 文件）")
    FilingView file(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute FilingForm form) {
        return FilingView.of(filings.file(user, form, form.upload()));
    }

    @PostMapping("/plan-filings/{id}/acceptance")
    @Operation(summary = "司法局审查通过（须带上读取时的 version）")
    FilingView accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                      @Valid @RequestBody Decision decision) {
        return FilingView.of(filings.accept(user, id, decision.version()));
    }

    @PostMapping("/plan-filings/{id}/return")
    @Operation(summary = "司法局退回（须写明理由），执法主体修改后重新报备")
    FilingView returnForCorrection(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                   @Valid @RequestBody Return decision) {
        return FilingView.of(filings.returnForCorrection(user, id, decision.version(), decision.reason()));
    }

    @GetMapping("/outside-plan-inspections")
    @Operation(summary = "某年度计划外检查（日常、专项、上级专项检查：本单位无已通过的年度计划，或检查事项不在计划内）")
    Page<OutsideView> outsidePlan(@AuthenticationPrincipal SignedInUser user, @RequestParam int year,
                                  @RequestParam(required = false) @Nullable Integer page,
                                  @RequestParam(required = false) @Nullable Integer size) {
        PlanFilings.requireStaff(user);
        return coverage.outsideIn(user.scope(), year, PageRequest.of(page, size)).map(row -> new OutsideView(
                row.task().id(), row.task().code(), row.task().kind(), row.task().agencyIds(), row.task().itemIds(),
                row.task().windowFrom(), row.gap().agenciesWithoutPlan(), row.gap().itemsOutside()));
    }
}
