package org.fazhi.governance.decision;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.fazhi.platform.files.FileResponses;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Major administrative decisions (重大行政决策) and their catalogues: same service, scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/governance/major-decisions")
@Tag(name = "重大行政决策", description = "重大行政决策：年度目录及公布、五大法定程序及其材料、决策（程序不全不得决策）、决策后评估")
class DecisionApi {

    record ItemForm(@Nullable Integer year, @Nullable Long agencyId, @Nullable String title) {
    }

    record StepForm(@Nullable DecisionStepKind kind, @Nullable LocalDate on, @Nullable String evidence) {
    }

    record Outcome(@Nullable LocalDate on, @Nullable String note, @Nullable String evaluation) {
    }

    private final MajorDecisions decisions;
    private final DecisionEvidence evidence;

    DecisionApi(MajorDecisions decisions, DecisionEvidence evidence) {
        this.decisions = decisions;
        this.evidence = evidence;
    }

    @GetMapping
    @Operation(summary = "按目录年度、承办单位、状态或标题查询重大行政决策（分页；承办单位仅见本单位的）")
    Page<DecisionRepository.Row> search(@AuthenticationPrincipal SignedInUser user,
                                        @ParameterObject DecisionRepository.Search search,
                                        @ParameterObject Paging paging) {
        return decisions.search(user, search, paging.request());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "将一项决策列入年度目录（司法局；year、agencyId 承办单位、title）")
    DecisionView plan(@AuthenticationPrincipal SignedInUser user, @RequestBody ItemForm body) {
        return view(user, decisions.plan(user, body.year(), body.agencyId(), body.title()));
    }

    @GetMapping("/catalogues")
    @Operation(summary = "各年度重大行政决策事项目录：事项数、已决策数、公布日期")
    List<DecisionRepository.Catalogue> catalogues(@AuthenticationPrincipal SignedInUser user) {
        return decisions.catalogues(user);
    }

    @PostMapping("/catalogues/{id}/publish")
    @Operation(summary = "公布年度目录（司法局）")
    DecisionRepository.Catalogue publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                         @RequestBody Outcome body) {
        return decisions.publishCatalogue(user, id, body.on());
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一项决策：五大程序的履行情况及材料、尚缺的程序、决策及后评估")
    DecisionView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, decisions.get(user, id));
    }

    @PostMapping("/{id}/steps")
    @Operation(summary = "登记履行一项程序（kind、on、evidence 材料）；合法性审查由司法局登记")
    DecisionView step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepForm body) {
        return view(user, decisions.record(user, id, body.kind(), body.on(), body.evidence()));
    }

    @PostMapping(path = "/{id}/steps/{kind}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为已登记的程序上传材料文件（file：PDF、Word 或照片），保存其 SM3 摘要")
    DecisionView attach(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @PathVariable DecisionStepKind kind, @RequestPart(required = false) @Nullable MultipartFile file) {
        evidence.attach(user, id, kind, file);
        return view(user, decisions.get(user, id));
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "下载程序材料文件（摘要校验一致后）")
    ResponseEntity<Resource> file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                  @PathVariable long fileId) {
        return FileResponses.of(evidence.read(user, id, fileId));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "作出决策（note：决策内容）；必经程序未全部履行的，予以拒绝并列明所缺程序")
    DecisionView decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Outcome body) {
        return view(user, decisions.decide(user, id, body.on(), body.note()));
    }

    @PostMapping("/{id}/evaluation")
    @Operation(summary = "登记决策后评估（evaluation：评估结论）")
    DecisionView evaluate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @RequestBody Outcome body) {
        return view(user, decisions.evaluate(user, id, body.on(), body.evaluation()));
    }

    private DecisionView view(SignedInUser user, MajorDecision d) {
        return DecisionView.of(d, decisions.yearOf(d), decisions.agencyName(d.item().agencyId()),
                decisions.required(), evidence.of(d), decisions.today(), decisions.isUndertaking(user, d), decisions.isBureau(user));
    }
}
