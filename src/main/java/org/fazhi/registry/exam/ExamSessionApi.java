package org.fazhi.registry.exam;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
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
@RequestMapping("/api/v1/registry/exam-sessions")
@Tag(name = "考试", description = "考试场次、成绩与通过率")
class ExamSessionApi {

    private final Exams exams;

    ExamSessionApi(Exams exams) {
        this.exams = exams;
    }

    @GetMapping
    @Operation(summary = "按名称、类型、年度查询考试场次（分页），含参考人数、通过人数与通过率")
    Page<ExamSessionView> search(@AuthenticationPrincipal SignedInUser user,
                                 @ParameterObject ExamSessionRepository.Search search,
                                 @ParameterObject Paging paging) {
        return exams.search(user, search, paging.request()).map(ExamSessionView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一个考试场次")
    ExamSessionView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ExamSessionView.of(exams.row(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增考试场次（司法局）")
    ExamSessionView create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody ExamSessionForm form) {
        return ExamSessionView.of(exams.row(user, exams.create(user, form).id()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改考试场次（须带上读取时的 version）")
    ExamSessionView update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                           @Valid @RequestBody ExamSessionForm form) {
        return ExamSessionView.of(exams.row(user, exams.update(user, id, form).id()));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "本场考试的成绩（执法主体只看到本单位人员的成绩）")
    List<ExamResultView> results(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return exams.results(user, id).stream().map(ExamResultView::of).toList();
    }

    @PostMapping("/{id}/results")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "录入一名执法人员的成绩（司法局）")
    ExamResultView record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @Valid @RequestBody ExamResultForm form) {
        return ExamResultView.of(exams.resultRow(user, exams.recordScore(user, id, form).id()));
    }

    @GetMapping("/{id}/results/{resultId}")
    @Operation(summary = "查看一条成绩")
    ExamResultView result(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @PathVariable long resultId) {
        ExamResultRepository.Row row = exams.resultRow(user, resultId);
        if (row.result().sessionId() != id) {
            throw new NotFound(Exams.RESULT_TYPE, resultId);
        }
        return ExamResultView.of(row);
    }

    @PutMapping("/{id}/results/{resultId}")
    @Operation(summary = "更正一条成绩（须带上读取时的 version）")
    ExamResultView correct(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                           @PathVariable long resultId, @Valid @RequestBody ExamResultForm form) {
        return ExamResultView.of(exams.resultRow(user, exams.correctScore(user, id, resultId, form).id()));
    }
}
