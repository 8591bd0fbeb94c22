package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.List;

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
@RequestMapping("/api/v1/catalog/items")
@Tag(name = "执法事项", description = "执法事项清单（权责清单）的查询、登记、更正与修订；事项按生效日期分版本保存")
class ItemApi {

    private final EnforcementItems items;

    ItemApi(EnforcementItems items) {
        this.items = items;
    }

    @GetMapping
    @Operation(summary = "按编码或名称、实施主体、类别、涉企标志查询某日施行的事项（分页）；history=true 时列出全部版本")
    Page<ItemView> search(@AuthenticationPrincipal SignedInUser user, @ParameterObject ItemRepository.Search search,
                          @ParameterObject Paging paging) {
        LocalDate today = items.today();
        return items.search(user, search, paging.request()).map(item -> ItemView.of(item, today));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个事项版本")
    ItemView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ItemView.of(items.get(user, id), items.today());
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "同一事项编码的全部版本（历史沿革），按生效日期排列")
    List<ItemView> versions(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        LocalDate today = items.today();
        return items.versionsOf(user, items.get(user, id)).stream().map(item -> ItemView.of(item, today)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记事项（至少一项法律依据；同一编码各版本的施行期间不得重叠）")
    ItemView create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody ItemForm form) {
        return ItemView.of(items.create(user, form), items.today());
    }

    @PutMapping("/{id}")
    @Operation(summary = "更正一个事项版本（须带上读取时的 version）")
    ItemView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @Valid @RequestBody ItemForm form) {
        return ItemView.of(items.update(user, id, form), items.today());
    }

    @PostMapping("/{id}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "修订事项：自 effectiveFrom 起施行新版本，原版本于前一日终止（version 为原版本读取时的版本号）")
    ItemView revise(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @Valid @RequestBody ItemForm form) {
        return ItemView.of(items.revise(user, id, form), items.today());
    }
}
