package org.fazhi.inspection.task;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 综合查一次 through the API: open proposals to merge several agencies' visits, and each agency's answer. */
@RestController
@RequestMapping("/api/v1/inspection/merge-proposals")
@Tag(name = "联合检查建议", description = "多个部门拟对同一企业相近时间入企时的合并建议（综合查一次）；各部门法制机构同意后合并为一次联合检查")
class MergeProposalApi {

    /** After an acceptance: {@code mergedTaskId} is the joint task once every agency involved has accepted. */
    record Acceptance(long proposalId, @Nullable Long mergedTaskId) {
    }

    private final JointVisits jointVisits;

    MergeProposalApi(JointVisits jointVisits) {
        this.jointVisits = jointVisits;
    }

    @GetMapping
    @Operation(summary = "本部门参与的（司法局：全县的）待处理合并建议，建议日期早者在前")
    List<JointVisits.Proposal> open(@AuthenticationPrincipal SignedInUser user) {
        return jointVisits.open(user);
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "本部门同意合并（法制机构）；最后一个部门同意时合并为一次联合检查，其余任务撤销")
    Acceptance accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return new Acceptance(id, jointVisits.accept(user, id).orElse(null));
    }

    @PostMapping("/{id}/declination")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "本部门不同意合并（法制机构），建议关闭")
    void decline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        jointVisits.decline(user, id);
    }
}
