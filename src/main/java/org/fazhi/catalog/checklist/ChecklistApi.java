package org.fazhi.catalog.checklist;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.catalog.CheckPoint;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
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
@RequestMapping("/api/v1/catalog/items/{id}/check-points")
@Tag(name = "检查表单", description = "行政检查事项各版本的检查项（检查内容、检查标准、依据、重点项）；修订事项时检查表单随之复制到新版本")
class ChecklistApi {

    /** One new point; {@code version} is the item version's, as read. */
    record NewPoint(@Nullable String content, @Nullable String standard, @Nullable String legalBasis,
                    @Nullable Boolean keyPoint, int version) {
    }

    private final Checklists checklists;

    ChecklistApi(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping
    @Operation(summary = "一个事项版本的检查项，按序号排列")
    List<CheckPoint> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return checklists.of(user, id);
    }

    @PutMapping
    @Operation(summary = "以提交的检查项替换该版本的检查表单（带 id 的行修改原检查项，不带 id 的行新增，未列出的删除；须带上读取事项时的 version）")
    List<CheckPoint> replace(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                             @RequestBody ChecklistForm form) {
        return checklists.save(user, id, form);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "在检查表单末尾增加一个检查项（须带上读取事项时的 version）")
    CheckPoint add(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody NewPoint point) {
        return checklists.add(user, id, new ChecklistForm.Row(null, null, point.content(), point.standard(),
                point.legalBasis(), point.keyPoint(), false), point.version());
    }
}
