package org.fazhi.registry.training;

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
@RequestMapping("/api/v1/registry/training-records")
@Tag(name = "培训记录", description = "执法人员培训学时的查询、登记与更正")
class TrainingRecordApi {

    private final TrainingRecords records;

    TrainingRecordApi(TrainingRecords records) {
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "按人员姓名、执法主体、年度查询培训记录（分页）")
    Page<TrainingRecordView> search(@AuthenticationPrincipal SignedInUser user,
                                    @ParameterObject TrainingRecordRepository.Search search,
                                    @ParameterObject Paging paging) {
        return records.search(user, search, paging.request()).map(TrainingRecordView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一条培训记录")
    TrainingRecordView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return TrainingRecordView.of(records.row(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记培训记录")
    TrainingRecordView create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody TrainingForm form) {
        return TrainingRecordView.of(records.row(user, records.create(user, form).id()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "更正培训记录（须带上读取时的 version）")
    TrainingRecordView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                              @Valid @RequestBody TrainingForm form) {
        return TrainingRecordView.of(records.row(user, records.update(user, id, form).id()));
    }
}
