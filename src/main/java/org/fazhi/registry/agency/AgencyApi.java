package org.fazhi.registry.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
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
@RequestMapping("/api/v1/registry/agencies")
@Tag(name = "执法主体", description = "执法主体的查询、登记与变更")
class AgencyApi {

    private final Agencies agencies;

    AgencyApi(Agencies agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "按名称、类型、区划、状态查询执法主体（分页）")
    Page<AgencyView> search(@AuthenticationPrincipal SignedInUser user,
                            @ParameterObject AgencyRepository.Search search,
                            @ParameterObject Paging paging) {
        return agencies.search(user, search, paging.request()).map(AgencyView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个执法主体")
    AgencyView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return AgencyView.of(agencies.get(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记执法主体")
    AgencyView register(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody AgencyForm form) {
        return AgencyView.of(agencies.register(user, form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "变更执法主体（须带上读取时的 version）")
    AgencyView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                      @Valid @RequestBody AgencyForm form) {
        return AgencyView.of(agencies.update(user, id, form));
    }
}
