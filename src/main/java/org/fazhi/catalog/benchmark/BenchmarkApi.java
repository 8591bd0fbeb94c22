package org.fazhi.catalog.benchmark;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog/benchmarks")
@Tag(name = "裁量基准", description = "行政处罚裁量基准的查询、制定、公布与试算（行政处罚法第三十四条）")
class BenchmarkApi {

    private final Benchmarks benchmarks;
    private final PenaltyBenchmarks checks;

    BenchmarkApi(Benchmarks benchmarks, PenaltyBenchmarks checks) {
        this.benchmarks = benchmarks;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "按事项编码或名称、执法主体、是否公布查询裁量基准（分页）")
    Page<BenchmarkView> search(@AuthenticationPrincipal SignedInUser user,
                               @ParameterObject BenchmarkRepository.Search search,
                               @ParameterObject Paging paging) {
        return benchmarks.search(user, search, paging.request()).map(BenchmarkView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个裁量基准及其档次")
    BenchmarkView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return BenchmarkView.of(benchmarks.get(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为行政处罚事项制定裁量基准（草稿，公布后方可适用）")
    BenchmarkView create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody BenchmarkForm form) {
        return BenchmarkView.of(benchmarks.create(user, form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改裁量基准（须带上读取时的 version；修改后须重新公布）")
    BenchmarkView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                         @Valid @RequestBody BenchmarkForm form) {
        return BenchmarkView.of(benchmarks.update(user, id, form));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "公布裁量基准")
    BenchmarkView publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return BenchmarkView.of(benchmarks.publish(user, id));
    }

    @PostMapping("/check")
    @Operation(summary = "试算：拟作出的处罚是否在某事项裁量基准的某一档次之内，不在时逐条说明原因（金额以元计）")
    VerdictView check(@AuthenticationPrincipal SignedInUser user, @RequestBody ProposalForm proposal) {
        if (proposal.itemId() == null) {
            throw InvalidInput.of("itemId", "catalog.benchmark.item.required");
        }
        ItemRef item = benchmarks.visibleItem(user, proposal.itemId());
        return VerdictView.of(checks.check(item.id(), proposal.tierName(), proposal.toProposal(benchmarks.today())),
                checks);
    }
}
