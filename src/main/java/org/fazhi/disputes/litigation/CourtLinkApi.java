package org.fazhi.disputes.litigation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 府院联动: the county's meetings with the courts and the list of issues to resolve. */
@RestController
@RequestMapping("/api/v1/disputes/court-links")
@Tag(name = "府院联动", description = "府院联动会议及重点问题清单（责任单位、期限、化解情况）")
class CourtLinkApi {

    private final CourtLinks courtLinks;
    private final CourtLinkIssues issues;

    CourtLinkApi(CourtLinks courtLinks, CourtLinkIssues issues) {
        this.courtLinks = courtLinks;
        this.issues = issues;
    }

    @GetMapping("/meetings")
    @Operation(summary = "某年的府院联动会议")
    List<CourtLinkMeeting> meetings(@AuthenticationPrincipal SignedInUser user, @RequestParam int year) {
        return courtLinks.meetings(user, year);
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记府院联动会议（日期、参加人员、议题）")
    CourtLinkMeeting hold(@AuthenticationPrincipal SignedInUser user, @RequestBody CourtLinks.MeetingForm body) {
        return courtLinks.hold(user, body);
    }

    @GetMapping("/issues")
    @Operation(summary = "按化解情况（OPEN 未化解、OVERDUE 逾期未化解、RESOLVED 已化解）、提出的会议、责任单位、问题或化解情况中的文字"
            + "查询重点问题清单，未化解的在前（分页；执法部门仅见本部门负责的）")
    Page<CourtLinkIssue> issues(@AuthenticationPrincipal SignedInUser user,
                                @ParameterObject CourtLinkRepository.IssueSearch search,
                                @ParameterObject Paging paging) {
        return issues.search(user, search, paging.request());
    }

    @PostMapping("/issues")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "列入重点问题（问题、责任单位、期限，可注明提出的会议）")
    CourtLinkIssue list(@AuthenticationPrincipal SignedInUser user, @RequestBody CourtLinkIssues.IssueForm body) {
        return issues.list(user, body);
    }

    @PutMapping("/issues/{id}")
    @Operation(summary = "修改未化解的重点问题（问题、责任单位、期限；司法局或行政复议机构，须带上读取时的 version）")
    CourtLinkIssue revise(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @RequestBody CourtLinkIssues.IssueRevision body) {
        return issues.revise(user, id, body);
    }

    @PostMapping("/issues/{id}/resolved")
    @Operation(summary = "登记问题已化解（责任单位法制机构或司法局）")
    CourtLinkIssue resolved(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                            @RequestBody CourtLinkIssues.Resolution body) {
        return issues.resolve(user, id, body.on(), body.resolution());
    }
}
