package org.fazhi.inspection.checklist;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.platform.files.FileResponses;
import org.fazhi.platform.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/inspection/tasks/{id}")
@Tag(name = "检查表单", description = "检查任务的检查表单（一表通查）：逐项记录符合、不符合、不涉及，附说明和照片；联合检查各部门只记录本部门的检查项")
class InspectionFormApi {

    /** One point of the form and what was recorded there (null: not yet). */
    record PointView(long checkPointId, long agencyId, long itemId, String itemCode, String itemName, int position,
                     String content, String standard, @Nullable String legalBasis, boolean keyPoint,
                     @Nullable RecordView record) {
    }

    record RecordView(CheckOutcome outcome, @Nullable String note, boolean cited, String recordedBy,
                      Instant recordedAt, int version, List<CheckPhoto> photos) {

        static @Nullable RecordView of(@Nullable CheckRecord record) {
            return record == null ? null : new RecordView(record.outcome(), record.note(), record.cited(),
                    record.recordedBy(), record.recordedAt(), record.version(), record.photos());
        }
    }

    private final CheckRecords records;

    InspectionFormApi(CheckRecords records) {
        this.records = records;
    }

    @GetMapping("/check-points")
    @Operation(summary = "检查任务的检查表单：所引用事项版本的全部检查项及记录，按部门、事项、序号排列")
    List<PointView> form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        InspectionTask task = records.task(user, id);
        return records.form(task).entries().stream().map(entry -> new PointView(entry.point().id(),
                entry.agencyId(), entry.item().id(), entry.item().code(), entry.item().name(),
                entry.point().position(), entry.point().content(), entry.point().standard(),
                entry.point().legalBasis(), entry.point().keyPoint(), RecordView.of(entry.record()))).toList();
    }

    @PutMapping("/check-points/{pointId}")
    @Operation(summary = "记录一个检查项（不符合须填写说明）；修改已有记录须带上读取时的 version，首次记录不带 version")
    RecordView record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long pointId,
                      @RequestBody CheckRecords.Entry entry) {
        return RecordView.of(records.record(user, id, pointId, entry, List.of()));
    }

    @PostMapping("/check-points/{pointId}/photos")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为已记录的检查项上传一张照片（JPEG 或 PNG，按文件内容识别类型）")
    CheckPhoto addPhoto(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long pointId,
                        @RequestParam("file") MultipartFile file) {
        return records.addPhoto(user, id, pointId, Upload.of(file));
    }

    @GetMapping("/check-photos/{photoId}")
    @Operation(summary = "下载检查照片（核对 SM3 摘要后返回）")
    ResponseEntity<Resource> photo(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                   @PathVariable long photoId) {
        return FileResponses.of(records.photo(user, id, photoId));
    }
}
