package org.fazhi.inspection.enterprise;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.task.Visits;
import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 企业端: an enterprise account's own inspections, ratings and complaints, and scanning a visit code. */
@RestController
@RequestMapping("/api/v1/enterprise")
@Tag(name = "企业端", description = "企业查看本企业的入企检查、评价检查、投诉，以及扫码核验检查码（仅企业账号，仅本企业）")
class EnterpriseApi {

    record ComplaintText(@Nullable String text) {
    }

    /** A complaint as its enterprise sees it, with the bureau's answer once given. */
    record OwnComplaint(long id, long taskId, String taskCode, String text, Instant createdAt,
                        @Nullable String answer) {

        static OwnComplaint of(VisitComplaints.Complaint complaint) {
            return new OwnComplaint(complaint.id(), complaint.taskId(), complaint.taskCode(), complaint.text(),
                    complaint.createdAt(), complaint.answer());
        }
    }

    record ScannedCode(@Nullable String code) {
    }

    private final EnterpriseInspections inspections;
    private final Visits visits;
    private final MessageSource messages;

    EnterpriseApi(EnterpriseInspections inspections, Visits visits, MessageSource messages) {
        this.inspections = inspections;
        this.visits = visits;
        this.messages = messages;
    }

    @GetMapping("/inspections")
    @Operation(summary = "本企业的入企检查（已批准公告的、进行中的、已办结的、已撤销的），含本企业的评价")
    List<EnterpriseVisitView> visits(@AuthenticationPrincipal SignedInUser user) {
        Map<Long, Evaluation> evaluations = inspections.evaluations(user);
        return inspections.visits(user).stream()
                .map(task -> EnterpriseVisitView.of(task, evaluations.get(task.id()))).toList();
    }

    @PostMapping("/inspections/{id}/evaluation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "评价一次检查（扫码入企或办结后，每次检查一次；各项 1–5 分）")
    Evaluation rate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @Valid @RequestBody EvaluationForm form) {
        inspections.rate(user, id, form);
        return inspections.evaluations(user).get(id);
    }

    @GetMapping("/complaints")
    @Operation(summary = "本企业的投诉及司法局的答复")
    List<OwnComplaint> complaints(@AuthenticationPrincipal SignedInUser user) {
        return inspections.complaints(user).stream().map(OwnComplaint::of).toList();
    }

    @PostMapping("/inspections/{id}/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "投诉一次检查（5–2000 字），由司法局答复")
    OwnComplaint complain(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @RequestBody ComplaintText complaint) {
        long complaintId = inspections.complain(user, id, complaint.text());
        return inspections.complaints(user).stream().filter(own -> own.id() == complaintId).findFirst()
                .map(OwnComplaint::of).orElseThrow();
    }

    @PostMapping("/visit-scans")
    @Operation(summary = "扫码核验检查码：是否真实有效、检查部门、检查人员及其执法证状态、检查事项及依据；首次有效扫码记为入企")
    VisitScanView scan(@AuthenticationPrincipal SignedInUser user, @RequestBody ScannedCode visit,
                       HttpServletRequest request) {
        if (visit.code() == null || visit.code().isBlank()) {
            throw InvalidInput.of("code", "inspection.visit.code.required");
        }
        Visits.Scan scan = visits.scan(visit.code().strip(), user, request.getRemoteAddr());
        return VisitScanView.of(scan, messages.getMessage("inspection.visit.outcome." + scan.outcome().name(), null,
                Locale.SIMPLIFIED_CHINESE));
    }
}
