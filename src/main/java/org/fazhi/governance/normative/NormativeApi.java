package org.fazhi.governance.normative;

import java.time.LocalDate;
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

/** Normative documents (规范性文件) and their clean-up campaigns: same service, scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/governance/normative-documents")
@Tag(name = "规范性文件", description = "规范性文件：起草、征求意见、合法性审核、公平竞争审查、集体审议、三统一公布、备案、有效期及清理")
class NormativeApi {

    /** What a step sends; each step reads the fields it needs. */
    record Step(@Nullable LocalDate on, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer received,
                @Nullable LegalityConclusion conclusion, @Nullable String opinion,
                @Nullable FairCompetitionConclusion fairCompetition, @Nullable String meeting, @Nullable String reason, @Nullable String documentNumber,
                @Nullable String publishedIn, @Nullable FilingBody body) {
    }

    record CampaignForm(@Nullable String name, @Nullable LocalDate on) {
    }

    record CleanupForm(@Nullable Long documentId, @Nullable CleanupDisposition disposition, @Nullable LocalDate on,
                       @Nullable String note) {
    }

    private final NormativeDocuments documents;
    private final CleanupCampaigns campaigns;

    NormativeApi(NormativeDocuments documents, CleanupCampaigns campaigns) {
        this.documents = documents;
        this.campaigns = campaigns;
    }

    @GetMapping
    @Operation(summary = "按状态、制定机关、公布年度、是否逾期未备案、是否即将到期、标题或文号查询规范性文件（分页）")
    Page<NormativeRepository.Row> search(@AuthenticationPrincipal SignedInUser user,
                                         @ParameterObject NormativeRepository.Search search,
                                         @ParameterObject Paging paging) {
        return documents.search(user, search, paging.request());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "起草登记规范性文件（制定机关法制机构登记本机关的，司法局可为县内任一机关登记）")
    NormativeView register(@AuthenticationPrincipal SignedInUser user, @RequestBody DraftForm body) {
        return view(user, documents.register(user, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一件规范性文件：各环节、备案期限及是否逾期、有效期及是否即将到期")
    NormativeView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, documents.get(user, id));
    }

    @PostMapping("/{id}/{step:comment|close-comment|legality|fair-competition|deliberate|publish|file|in-force|expire|repeal}")
    @Operation(summary = "办理一个环节：comment（from、to 征求意见期间）、close-comment（received 收到意见数）、legality（司法局："
            + "conclusion、opinion 审核意见）、fair-competition（fairCompetition）、deliberate（meeting 会议）、publish（司法局："
            + "documentNumber、publishedIn；未经合法性审核不得公布）、file（司法局：body）、in-force、expire、repeal（reason 理由）")
    NormativeView step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
                       @RequestBody Step body) {
        return view(user, NormativeSteps.take(documents, user, id, step, body));
    }

    @GetMapping("/cleanups")
    @Operation(summary = "规范性文件清理活动及各处理结果（保留、修改、废止、宣布失效）的件数")
    List<CleanupCampaigns.Campaign> campaigns(@AuthenticationPrincipal SignedInUser user) {
        return campaigns.list(user);
    }

    @PostMapping("/cleanups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开展一次规范性文件清理（司法局）")
    CleanupCampaigns.Campaign openCampaign(@AuthenticationPrincipal SignedInUser user,
                                           @RequestBody CampaignForm body) {
        return campaigns.open(user, body.name(), body.on());
    }

    @GetMapping("/cleanups/{id}")
    @Operation(summary = "一次清理的逐件处理结果")
    List<CleanupCampaigns.Decision> campaignDecisions(@AuthenticationPrincipal SignedInUser user,
                                                      @PathVariable long id) {
        return campaigns.decisions(user, id);
    }

    @PostMapping("/cleanups/{id}/decisions")
    @Operation(summary = "登记一件文件的清理结果（司法局）；废止、宣布失效的文件随即失去效力")
    CleanupCampaigns.Campaign decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                     @RequestBody CleanupForm body) {
        return campaigns.decide(user, id, body.documentId(), body.disposition(), body.on(), body.note());
    }

    private NormativeView view(SignedInUser user, NormativeDocument d) {
        return NormativeView.of(d, documents.agencyName(d.draft().agencyId()), documents.today(),
                documents.remindUntil(), documents.isDrafter(user, d), documents.isBureau(user));
    }
}
