package org.fazhi.casework.evidence;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.files.FileResponses;
import org.fazhi.platform.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 笔录 and evidence files of a case, with the case's authorisation: another agency's case is 404, a role that may not
 * take the case's steps 403; adding is the step 调查取证, so it carries {@code requestKey} (a retry answers the first
 * result) and {@code version} (the case version seen: 409 if another step came first) and is refused (422, with the
 * articles) outside the investigation. Problems with fields answer 400 with {@code errors[{field, message}]}.
 */
@RestController
@RequestMapping("/api/v1/casework/cases/{id}")
@Tag(name = "行政处罚案件证据", description = "现场检查笔录、询问笔录、勘验笔录；证据文件（照片、PDF、录音、视频，按内容识别类型，SM3 摘要）")
class EvidenceApi {

    /** A 笔录 to write, with the step's request key and the case version seen. */
    record RecordRequest(@Nullable String requestKey, @Nullable Integer version, @Nullable RecordInput record) {
    }

    /** An evidence file with its integrity as checked now. */
    record FileView(EvidenceFile file, EvidenceFiles.Integrity integrity) {
    }

    private final EvidenceRecords records;
    private final EvidenceFiles files;

    EvidenceApi(EvidenceRecords records, EvidenceFiles files) {
        this.records = records;
        this.files = files;
    }

    @PostMapping("/records")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "制作笔录：requestKey、version，以及 record（kind：SITE_INSPECTION 现场检查笔录 / INQUIRY 询问笔录 / EXAMINATION 勘验笔录；place、startedAt、endedAt、officerIds（两名以上本案承办人）；现场检查、勘验：presentName、presentRole、subject、content；询问：personName、idKind、idNumber、relation、answers[{question, answer}]；signatureRefused、refusalWitness）。字段错误的 field 以 record. 开头")
    EvidenceRecords.Recorded record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @RequestBody RecordRequest body) {
        if (body.record() == null) {
            throw InvalidInput.of("record", "casework.input.required");
        }
        try {
            return records.record(user, id, EvidenceController.request(body.requestKey(), body.version()),
                    body.record());
        } catch (InvalidInput invalid) {
            throw new InvalidInput(invalid.problems().stream().map(problem -> new InvalidInput.FieldProblem(
                    "record." + problem.field(), problem.messageKey(), problem.arguments())).toList());
        }
    }

    @GetMapping("/records")
    @Operation(summary = "本案的笔录（询问对象的证件号码只返回遮蔽后的形式）")
    List<EvidenceRecord> records(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return records.ofCase(user, id);
    }

    @GetMapping("/records/{recordId}")
    @Operation(summary = "一份笔录")
    EvidenceRecord record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          @PathVariable long recordId) {
        return records.get(user, id, recordId);
    }

    @PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传证据文件（multipart）：file，requestKey、version，可选 kind（证据种类，缺省按文件类型）、title、description；类型按文件内容识别，不看文件名")
    EvidenceFiles.Added addFile(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                @RequestPart(required = false) @Nullable MultipartFile file,
                                @RequestParam(required = false) @Nullable String requestKey,
                                @RequestParam(required = false) @Nullable Integer version,
                                @RequestParam(required = false) @Nullable EvidenceKind kind,
                                @RequestParam(required = false) @Nullable String title,
                                @RequestParam(required = false) @Nullable String description) {
        return files.add(user, id, EvidenceController.request(requestKey, version),
                new EvidenceFiles.FileInput(kind, title, description),
                file == null || file.isEmpty() ? null : Upload.of(file));
    }

    @GetMapping("/files")
    @Operation(summary = "本案的证据文件：名称、类型、大小、SM3 摘要、登记人，以及现在校验的结果（INTACT / ALTERED / MISSING；大文件 NOT_CHECKED，下载时校验）")
    List<FileView> files(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        List<EvidenceFile> kept = files.ofCase(user, id);
        var integrity = files.integrity(kept);
        return kept.stream().map(file -> new FileView(file, integrity.get(file.id()))).toList();
    }

    @GetMapping("/files/{fileId}")
    @Operation(summary = "一个证据文件的登记信息及现在校验的结果")
    FileView file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long fileId) {
        EvidenceFile file = files.get(user, id, fileId);
        return new FileView(file, files.integrity(List.of(file)).get(file.id()));
    }

    @GetMapping("/files/{fileId}/content")
    @Operation(summary = "下载证据文件（核对 SM3 摘要后返回；支持 Range 分段下载；摘要不符返回 422 并记入审计日志）")
    ResponseEntity<Resource> content(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                     @PathVariable long fileId) {
        return FileResponses.of(files.content(user, id, fileId));
    }
}
