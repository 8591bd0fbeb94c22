package org.fazhi.registry.officer;

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
@RequestMapping("/api/v1/registry/officers")
@Tag(name = "执法人员", description = "执法人员的查询、登记与变更；身份证号只以脱敏形式返回")
class OfficerApi {

    private final Officers officers;

    OfficerApi(Officers officers) {
        this.officers = officers;
    }

    @GetMapping
    @Operation(summary = "按姓名、执法主体、岗位、状态、持证情况查询执法人员（分页）")
    Page<OfficerView> search(@AuthenticationPrincipal SignedInUser user,
                             @ParameterObject OfficerRepository.Search search,
                             @ParameterObject Paging paging) {
        return officers.search(user, search, paging.request()).map(row -> OfficerView.of(row.officer()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一名执法人员")
    OfficerView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return OfficerView.of(officers.get(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记执法人员")
    OfficerView register(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody OfficerForm form) {
        return OfficerView.of(officers.register(user, form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "变更执法人员（身份证号留空表示不变；须带上读取时的 version）")
    OfficerView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                       @Valid @RequestBody OfficerForm form) {
        return OfficerView.of(officers.update(user, id, form));
    }
}
