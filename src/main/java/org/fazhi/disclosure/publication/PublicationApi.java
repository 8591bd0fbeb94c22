package org.fazhi.disclosure.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publications for scripts and the province's systems: same service, same scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/disclosure/publications")
@Tag(name = "行政处罚决定公示", description = "待公示、已公示、已撤回的处罚决定；隐去个人信息的审核、公开与撤回")
class PublicationApi {

    /** A text fragment of the original to hide wherever it occurs. */
    record NewSpan(@Nullable String fragment) {
    }

    /** Why the decision's publication is withdrawn (shown publicly). */
    record Withdrawal(@Nullable String reason) {
    }

    private final Publications publications;

    PublicationApi(Publications publications) {
        this.publications = publications;
    }

    @GetMapping
    @Operation(summary = "按状态、是否逾期、决定书文号、决定日期查询公示（分页，待公示且到期早的在前）")
    Page<PublicationRepository.Row> search(@AuthenticationPrincipal SignedInUser user,
                                           @ParameterObject PublicationRepository.Search search,
                                           @ParameterObject Paging paging) {
        return publications.search(user, search, paging.request());
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一条公示：隐去后的文本和每处隐去（原文仅本部门法制机构可见）")
    PublicationView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, publications.get(user, id));
    }

    @PostMapping("/{id}/spans")
    @Operation(summary = "增加隐去：原文中该片段出现处均隐去（仅待公示）")
    PublicationView addSpan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                            @RequestBody NewSpan body) {
        return view(user, publications.addSpan(user, id, body.fragment()));
    }

    @DeleteMapping("/{id}/spans/{start}")
    @Operation(summary = "取消一处隐去（按其在原文中的起始位置；仅待公示）")
    PublicationView removeSpan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                               @PathVariable int start) {
        return view(user, publications.removeSpan(user, id, start));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "公开（本部门法制机构）")
    PublicationView publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return view(user, publications.publish(user, id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回（决定变更或撤销；须说明理由，理由将公开）")
    PublicationView withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                             @RequestBody Withdrawal body) {
        return view(user, publications.withdraw(user, id, body.reason()));
    }

    private PublicationView view(SignedInUser user, Publication p) {
        return PublicationView.of(p, publications.today(), publications.isLegalOfficeOf(user, p));
    }
}
