package org.fazhi.inspection.checkin;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 扫照签到 for apps that read the licence's QR code themselves: the credit code, and the phone's place if shared. */
@RestController
@RequestMapping("/api/v1/inspection/licence-check-ins")
@Tag(name = "扫照签到", description = "检查人员扫描企业营业执照二维码（统一社会信用代码）签到")
class LicenceCheckInApi {

    /** What the app read and, optionally, the task chosen and where the phone was. */
    record Scan(@NotBlank(message = "{inspection.checkin.licence.required}") String creditCode, @Nullable Long taskId,
                @Nullable Double latitude, @Nullable Double longitude, @Nullable Double accuracy) {
    }

    /** A task as the answer names it. */
    record TaskView(long id, String code, TaskStatus status, LocalDate windowFrom, LocalDate windowTo) {

        static TaskView of(InspectionTask task) {
            return new TaskView(task.id(), task.code(), task.status(), task.windowFrom(), task.windowTo());
        }
    }

    /** The task checked in (with the distance when a place was sent), or the tasks to choose from. */
    record Answer(@Nullable TaskView checkedIn, List<TaskView> choices, @Nullable Long distanceMetres, boolean far) {
    }

    private final LicenceCheckIns checkIns;

    LicenceCheckInApi(LicenceCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @PostMapping
    @Operation(summary = "签到：找到本人今天对该企业的已批准检查任务并签到；有多项时返回 choices，带 taskId 再次提交")
    Answer checkIn(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody Scan scan,
                   HttpServletRequest request) {
        ScanLocation at = ScanLocation.shared(scan.latitude(), scan.longitude(), scan.accuracy());
        LicenceCheckIns.Outcome outcome = checkIns.checkIn(user, new LicenceScan(null, scan.creditCode(),
                scan.taskId(), at, request.getRemoteAddr()));
        CheckInDistance distance = outcome.distance();
        return new Answer(outcome.checkedIn() == null ? null : TaskView.of(outcome.checkedIn()),
                outcome.choices().stream().map(TaskView::of).toList(), distance == null ? null : distance.metres(),
                distance != null && distance.far());
    }
}
