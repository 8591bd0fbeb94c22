package org.fazhi.inspection.task;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 非执法入企登记 through the API: the ledger's latest entries and recording a visit. */
@RestController
@RequestMapping("/api/v1/inspection/other-visits")
@Tag(name = "非执法入企", description = "调研、政策宣讲、服务、督导等非执法入企的登记；计入重复入企预警")
class OtherVisitApi {

    /** The id of the recorded visit. */
    record Recorded(long id) {
    }

    private final OtherVisits visits;

    OtherVisitApi(OtherVisits visits) {
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "数据范围内最近的非执法入企记录（最多 200 条，日期晚者在前）")
    List<OtherVisits.Row> latest(@AuthenticationPrincipal SignedInUser user) {
        return visits.latest(user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记一次非执法入企（本部门执法人员或法制机构；对象以统一社会信用代码指明）")
    Recorded record(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody OtherVisitForm form) {
        return new Recorded(visits.record(user, form));
    }
}
