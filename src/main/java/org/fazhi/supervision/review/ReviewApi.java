package org.fazhi.supervision.review;

import java.util.List;

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

/** Case-file review for scripts and the province's systems: the same services, scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/reviews")
@Tag(name = "案卷评查", description = "评查活动、可验证的案卷抽取、评查人员分配（本单位回避）、按评查标准评分、问题与优秀案卷")
class ReviewApi {

    /** The public value read at its announced source, and the witnesses of a public drawing session. */
    record DrawRequest(@Nullable String publicValue, @Nullable List<String> witnesses) {
    }

    /** An officer named as reviewer or assigned to a file. */
    record ReviewerRequest(long officerId) {
    }

    /** How many reviewers each file gets when they are assigned in turn. */
    record InTurnRequest(int perFile) {
    }

    /** A campaign and what the user may see of its files. */
    record CampaignDetail(Campaign campaign, List<ReviewRepository.Reviewer> reviewers,
                          List<FileReviews.FileView> files) {
    }

    private final ReviewCampaigns campaigns;
    private final FileReviews reviews;

    ReviewApi(ReviewCampaigns campaigns, FileReviews reviews) {
        this.campaigns = campaigns;
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "按年度、状态、名称或编号查询评查活动（分页）")
    Page<Campaign> search(@AuthenticationPrincipal SignedInUser user,
                          @ParameterObject CampaignRepository.Search search, @ParameterObject Paging paging) {
        return campaigns.search(user, search, paging.request());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布评查活动：冻结可抽取案卷名录并公布其摘要和承诺值（本县监督人员）")
    Campaign announce(@AuthenticationPrincipal SignedInUser user, @RequestBody CampaignForm form) {
        return campaigns.visible(user, campaigns.announce(user, form));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看评查活动及用户可见的抽中案卷（执法主体仅见本单位案卷及分配给本人的案卷）")
    CampaignDetail get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return detail(user, id);
    }

    @PostMapping("/{id}/draw")
    @Operation(summary = "录入公开随机值并抽取案卷（读取时刻之后，仅一次）")
    CampaignDetail draw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @RequestBody DrawRequest body) {
        campaigns.draw(user, id, body.publicValue() == null ? "" : body.publicValue(),
                body.witnesses() == null ? List.of() : body.witnesses());
        return detail(user, id);
    }

    @PostMapping("/{id}/reviewers")
    @Operation(summary = "确定评查人员（执法人员名录中的人员）")
    CampaignDetail nameReviewer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                @RequestBody ReviewerRequest body) {
        reviews.nameReviewer(user, id, body.officerId());
        return detail(user, id);
    }

    @PostMapping("/{id}/assignments")
    @Operation(summary = "按顺序为每份案卷分配若干评查人员（跳过本单位人员）")
    CampaignDetail assignInTurn(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                @RequestBody InTurnRequest body) {
        reviews.assignInTurn(user, id, body.perFile());
        return detail(user, id);
    }

    @PostMapping("/{id}/finish")
    @Operation(summary = "结束评查活动（全部案卷评分完毕后）")
    CampaignDetail finish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        campaigns.finish(user, id);
        return detail(user, id);
    }

    @GetMapping("/files/{fileId}")
    @Operation(summary = "查看一份抽中案卷的评分、平均分、分差和问题")
    FileReviews.FileView file(@AuthenticationPrincipal SignedInUser user, @PathVariable long fileId) {
        return reviews.file(user, fileId);
    }

    @PostMapping("/files/{fileId}/reviewers")
    @Operation(summary = "为案卷分配评查人员（评查人员不得评查本单位案卷）")
    FileReviews.FileView assign(@AuthenticationPrincipal SignedInUser user, @PathVariable long fileId,
                                @RequestBody ReviewerRequest body) {
        reviews.assign(user, fileId, body.officerId());
        return reviews.file(user, fileId);
    }

    @PostMapping("/files/{fileId}/scores")
    @Operation(summary = "评查人员对分配给本人的案卷逐项评分并记录发现的问题（仅一次）")
    FileReviews.FileView score(@AuthenticationPrincipal SignedInUser user, @PathVariable long fileId,
                               @RequestBody ScoreForm form) {
        return reviews.score(user, fileId, form);
    }

    private CampaignDetail detail(SignedInUser user, long id) {
        return new CampaignDetail(campaigns.visible(user, id), reviews.reviewers(user, id), reviews.files(user, id));
    }
}
