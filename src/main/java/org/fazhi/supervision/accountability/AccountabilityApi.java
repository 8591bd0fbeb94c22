package org.fazhi.supervision.accountability;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Fault accountability for scripts and the province's systems: same service, same scope and roles as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/accountability")
@Tag(name = "过错责任追究", description = "对执法单位和人员的过错认定、处理（通报批评、人员处理、移交纪委）及不予追究的理由")
class AccountabilityApi {

    private final Accountability accountability;

    AccountabilityApi(Accountability accountability) {
        this.accountability = accountability;
    }

    @GetMapping
    @Operation(summary = "按年度、是否追究查询过错责任追究记录（分页；执法部门法制机构仅见本部门）")
    Page<Finding> search(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                         @RequestParam(required = false) @Nullable Boolean pursued, @ParameterObject Paging paging) {
        return accountability.search(user, AccountabilityFindingRepository.Search.ofYear(year, pursued),
                paging.request());
    }

    @GetMapping("/counts")
    @Operation(summary = "统计：认定数、追究与不予追究数、通报批评单位数、处理人数（按处理方式）、移交纪委数")
    AccountabilityFindingRepository.Counts counts(@AuthenticationPrincipal SignedInUser user,
                                    @RequestParam(required = false) @Nullable Integer year) {
        return accountability.counts(user, year);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一条过错责任追究记录")
    Finding get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return accountability.get(user, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记过错责任追究（本县执法监督人员）；来源写作 类型:编号，如 LAWSUIT:42")
    Finding record(@AuthenticationPrincipal SignedInUser user, @RequestBody Accountability.FindingForm body) {
        return accountability.record(user, body);
    }
}
