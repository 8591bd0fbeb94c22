package org.fazhi.supervision.alert;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supervision/alerts")
@Tag(name = "监管预警", description = "监管规则产生的预警：查询、签收、办结、排除、指定负责人；执法主体只读本单位的预警")
class AlertApi {

    /** What was done about the alert (办结). */
    record Resolution(@Nullable String note) {
    }

    /** Why the alert is no problem (排除). */
    record Dismissal(@Nullable String reason) {
    }

    /** The supervisor of the county to own the alert, by username. */
    record Assignment(@Nullable String assignee) {
    }

    /** An alert and its history. */
    record Detail(Alert alert, List<AlertRepository.HistoryLine> history) {
    }

    private final Alerts alerts;

    AlertApi(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(summary = "按规则、执法主体、状态、月份（如 2026-12）、关键词查询预警（分页，新的在前）")
    Page<Alert> search(@AuthenticationPrincipal SignedInUser user, @ParameterObject AlertSearch search,
                       @ParameterObject Paging paging) {
        return alerts.search(user, search, paging.request());
    }

    @GetMapping("/counts")
    @Operation(summary = "预警数量：按规则（by=rule）、执法主体（by=agency）或月份（by=month），含仍未办结的数量")
    List<Alerts.Tally> counts(@AuthenticationPrincipal SignedInUser user, @ParameterObject AlertSearch search,
                              @RequestParam(defaultValue = "rule") String by) {
        return alerts.counts(user, search, by);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一条预警及其处理记录")
    Detail get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return new Detail(alerts.get(user, id), alerts.history(user, id));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "签收（本县执法监督人员；未指定负责人时由签收人负责）")
    Alert acknowledge(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return alerts.acknowledge(user, id);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "办结（须填写办理情况）")
    Alert resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Resolution body) {
        return alerts.resolve(user, id, body.note());
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "排除（须说明理由；同一原因不再预警）")
    Alert dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Dismissal body) {
        return alerts.dismiss(user, id, body.reason());
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "指定本县一名执法监督人员为负责人")
    Alert assign(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Assignment body) {
        return alerts.assign(user, id, body.assignee());
    }
}
