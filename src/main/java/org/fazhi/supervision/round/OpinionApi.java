package org.fazhi.supervision.round;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.fazhi.platform.files.Upload;
import org.fazhi.supervision.round.RoundViews.OpinionView;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 监督意见书 for scripts and the province's systems: the same service, scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/opinions")
@Tag(name = "行政执法监督意见书", description = "意见书、整改措施、验收与退回、逾期升级为监督决定书和约谈")
class OpinionApi {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** Why the measures go back. */
    record Return(@Nullable String note) {
    }

    /** A round's findings of one agency become its opinion. */
    record RoundOpinion(@Nullable Long roundId, @Nullable Long agencyId) {
    }

    private final Opinions opinions;
    private final DueOpinions due;

    OpinionApi(Opinions opinions, DueOpinions due) {
        this.opinions = opinions;
        this.due = due;
    }

    @GetMapping("/to-answer")
    @Operation(summary = "待整改：待报送整改措施的意见书（逾期的在前，含期限和剩余天数）及已报送待验收的（执法主体只见本单位的）")
    DueOpinions.Worklist toAnswer(@AuthenticationPrincipal SignedInUser user) {
        return due.of(user);
    }

    @GetMapping
    @Operation(summary = "按状态、是否逾期、轮次、文号查询意见书（分页；执法主体只见本单位的）")
    Page<OpinionRepository.Row> search(@AuthenticationPrincipal SignedInUser user,
                                       @ParameterObject OpinionRepository.Search search,
                                       @ParameterObject Paging paging) {
        return opinions.search(user, search, paging.request());
    }

    @PostMapping
    @Operation(summary = "对轮次中某执法主体的问题制发监督意见书（监督人员）")
    OpinionView issue(@AuthenticationPrincipal SignedInUser user, @RequestBody RoundOpinion body) {
        if (body.roundId() == null) {
            throw org.fazhi.platform.InvalidInput.of("roundId", "supervision.opinion.round.required");
        }
        if (body.agencyId() == null) {
            throw org.fazhi.platform.InvalidInput.of("agencyId", "supervision.opinion.agency.required");
        }
        return view(opinions.issueForRound(user, body.roundId(), body.agencyId()));
    }

    @PostMapping("/individual")
    @Operation(summary = "个案监督：对一条记录（如 casework.case:123）制发监督意见书，送达其执法主体")
    OpinionView issueForRecord(@AuthenticationPrincipal SignedInUser user,
                               @RequestBody Opinions.IndividualForm form) {
        return view(opinions.issueForRecord(user, form));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看意见书：问题、整改措施、监督决定书和约谈")
    OpinionView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(opinions.get(user, id));
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "下载意见书 .docx；decision=true 下载监督决定书")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @RequestParam(defaultValue = "false") boolean decision) {
        return OpinionDocuments.attachment(opinions.get(user, id), decision,
                opinions.document(user, id, decision));
    }

    @PostMapping(value = "/{id}/rectifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "报送整改措施及佐证材料（本单位法制机构）")
    OpinionView answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                       @RequestParam(required = false) @Nullable String measures,
                       @RequestPart(name = "evidence", required = false) @Nullable List<MultipartFile> evidence) {
        List<Upload> uploads = evidence == null ? List.of()
                : evidence.stream().filter(file -> !file.isEmpty()).map(Upload::of).toList();
        return view(opinions.answer(user, id, measures, uploads));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "整改验收通过（监督人员；执法主体不能验收本单位的整改）")
    OpinionView accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(opinions.accept(user, id));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "退回整改措施，说明理由（监督人员）")
    OpinionView giveBack(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                         @RequestBody Return body) {
        return view(opinions.giveBack(user, id, body.note()));
    }

    private OpinionView view(Opinion o) {
        return OpinionView.of(o, opinions.findingsOf(o), opinions.rectificationsOf(o),
                opinions.interviewOf(o).orElse(null));
    }
}
