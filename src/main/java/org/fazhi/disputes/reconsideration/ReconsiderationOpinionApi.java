package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 行政复议意见书 for scripts and the province's systems: same service, scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/disputes/reconsideration-opinions")
@Tag(name = "行政复议意见书", description = "行政复议机构向有关机关制发意见书（行政复议法第七十六条）及其按期反馈")
class ReconsiderationOpinionApi {

    /** The agency's reply: the day (today when omitted) and the measures taken. */
    record Reply(@Nullable LocalDate on, @Nullable String measures) {
    }

    private final ReconsiderationOpinions opinions;

    ReconsiderationOpinionApi(ReconsiderationOpinions opinions) {
        this.opinions = opinions;
    }

    @GetMapping
    @Operation(summary = "按机关、年度、是否已反馈、是否逾期查询意见书（分页；执法部门仅见发给本部门的）")
    Page<ReconsiderationOpinionView> search(@AuthenticationPrincipal SignedInUser user,
                                           @ParameterObject ReconsiderationOpinionRepository.Search search,
                                           @ParameterObject Paging paging) {
        return opinions.search(user, search, paging.request()).map(o -> view(user, o));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "制发行政复议意见书（行政复议机构）；未填机关时发给该案被申请人，未填反馈期限时为制发之日起60日")
    ReconsiderationOpinionView issue(@AuthenticationPrincipal SignedInUser user,
                                     @RequestBody ReconsiderationOpinionForm body) {
        return view(user, opinions.issue(user, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一份意见书及其反馈")
    ReconsiderationOpinionView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, opinions.get(user, id));
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "反馈整改情况（收到意见书的机关的法制机构；measures：采取的措施）")
    ReconsiderationOpinionView reply(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                     @RequestBody Reply body) {
        return view(user, opinions.reply(user, id, body.on(), body.measures()));
    }

    private ReconsiderationOpinionView view(SignedInUser user, ReconsiderationOpinion o) {
        return ReconsiderationOpinionView.of(o, opinions.agencyName(o.agencyId()), opinions.today(),
                opinions.mayReply(user, o));
    }
}
