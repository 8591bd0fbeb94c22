package org.fazhi.catalog.flexible;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog/flexible")
@Tag(name = "柔性执法清单", description = "不予处罚（含首违不罚）、从轻处罚、减轻处罚、免予行政强制清单")
class FlexibleApi {

    private final FlexibleLists lists;

    FlexibleApi(FlexibleLists lists) {
        this.lists = lists;
    }

    @GetMapping
    @Operation(summary = "按清单类别、执法主体、事项、是否现行有效查询清单条目（分页）")
    Page<FlexibleEntryView> search(@AuthenticationPrincipal SignedInUser user,
                                   @ParameterObject FlexibleEntryRepository.Search search,
                                   @ParameterObject Paging paging) {
        return lists.search(user, search, paging.request()).map(FlexibleEntryView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个清单条目")
    FlexibleEntryView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return FlexibleEntryView.of(lists.get(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增清单条目")
    FlexibleEntryView create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody FlexibleEntryForm form) {
        return FlexibleEntryView.of(lists.create(user, form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改清单条目（须带上读取时的 version）")
    FlexibleEntryView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                             @Valid @RequestBody FlexibleEntryForm form) {
        return FlexibleEntryView.of(lists.update(user, id, form));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "终止清单条目：lastDay 为最后适用日（默认今天）")
    FlexibleEntryView end(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @RequestParam int version,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay) {
        return FlexibleEntryView.of(lists.end(user, id, version, lastDay == null ? lists.today() : lastDay));
    }
}
