package org.fazhi.inspection.enterprise;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bureau's view of what enterprises said about visits: complaints (answered by the justice bureau; an agency
 * sees those about its own visits) and the average ratings of the visits in the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/inspection")
@Tag(name = "企业评价与投诉（监督）", description = "企业对入企检查的评价（平均分）和投诉；投诉由司法局答复")
class FeedbackApi {

    record Answer(@Nullable String answer) {
    }

    private final VisitComplaints complaints;
    private final EnterpriseInspections ratings;

    FeedbackApi(VisitComplaints complaints, EnterpriseInspections ratings) {
        this.complaints = complaints;
        this.ratings = ratings;
    }

    @GetMapping("/complaints")
    @Operation(summary = "入企检查投诉（未答复的在前，最多 200 条）")
    List<VisitComplaints.Complaint> complaints(@AuthenticationPrincipal SignedInUser user) {
        return complaints.list(user);
    }

    @PostMapping("/complaints/{id}/answer")
    @Operation(summary = "答复投诉（司法局执法监督人员；每条投诉答复一次）")
    VisitComplaints.Complaint answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                     @RequestBody Answer answer) {
        complaints.answer(user, id, answer.answer());
        return complaints.get(user, id);
    }

    @GetMapping("/ratings/average")
    @Operation(summary = "企业评价的平均分（数据范围内各部门牵头的检查；各项 1–5 分）")
    EnterpriseInspections.Average average(@AuthenticationPrincipal SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("enterprises see their own ratings");
        }
        return ratings.average(user.scope());
    }
}
