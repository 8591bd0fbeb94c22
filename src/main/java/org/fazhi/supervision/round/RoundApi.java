package org.fazhi.supervision.round;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.fazhi.supervision.round.RoundViews.FindingView;
import org.fazhi.supervision.round.RoundViews.RoundView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rounds for scripts and the province's systems: the same service, scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/rounds")
@Tag(name = "常态化行政执法监督", description = "监督轮次、监督人员（须持行政执法监督证）、发现问题、问题线索移交纪委")
class RoundApi {

    private final Rounds rounds;
    private final Clues clues;

    RoundApi(Rounds rounds, Clues clues) {
        this.rounds = rounds;
        this.clues = clues;
    }

    @GetMapping
    @Operation(summary = "按类型、状态、年度、标题查询监督轮次（分页；执法主体只见涵盖本单位的轮次）")
    Page<RoundRepository.Row> search(@AuthenticationPrincipal SignedInUser user,
                                     @ParameterObject RoundRepository.Search search,
                                     @ParameterObject Paging paging) {
        return rounds.search(user, search, paging.request());
    }

    @PostMapping
    @Operation(summary = "开启监督轮次（监督人员）")
    RoundView open(@AuthenticationPrincipal SignedInUser user, @RequestBody RoundForm form) {
        SupervisionRound round = rounds.open(user, form);
        return RoundView.of(round, rounds.findingsOf(user, round));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看监督轮次及其发现问题（执法主体只见本单位的问题）")
    RoundView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        SupervisionRound round = rounds.get(user, id);
        return RoundView.of(round, rounds.findingsOf(user, round));
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "记录发现问题：执法主体、问题类型、描述、涉及的记录（如 casework.case:123）")
    FindingView recordFinding(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                              @RequestBody Rounds.FindingForm form) {
        return FindingView.of(clues.get(user, rounds.recordFinding(user, id, form)));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "结束监督轮次，确定各执法主体的得分和等次")
    RoundView close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        SupervisionRound round = rounds.close(user, id);
        return RoundView.of(round, rounds.findingsOf(user, round));
    }

    @PostMapping("/findings/{findingId}/clue")
    @Operation(summary = "问题线索移交纪委")
    FindingView transfer(@AuthenticationPrincipal SignedInUser user, @PathVariable long findingId) {
        return FindingView.of(clues.transfer(user, findingId));
    }

    @PostMapping("/findings/{findingId}/clue/outcome")
    @Operation(summary = "登记纪委处理结果：党纪政务处分人数、组织处理人数")
    FindingView outcome(@AuthenticationPrincipal SignedInUser user, @PathVariable long findingId,
                        @RequestBody Clues.Outcome outcome) {
        return FindingView.of(clues.recordOutcome(user, findingId, outcome));
    }
}
