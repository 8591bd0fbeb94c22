package org.fazhi.casework.casefile;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.files.FileResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's documents (执法文书) as issued: the list, and each .docx; whoever may see the case may see them. */
@RestController
@RequestMapping("/api/v1/casework/cases/{id}/documents")
@Tag(name = "行政处罚案件", description = "案件查询（含时间线、期限）、线索登记；办案环节见“行政处罚案件办理环节”")
class CaseDocumentApi {

    private final IssuedDocuments documents;

    CaseDocumentApi(IssuedDocuments documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "案件已制作的执法文书：文书种类、文号、日期、SM3 摘要（按制作先后）")
    List<IssuedDocument> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return documents.of(user, id);
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "下载执法文书（.docx，制作时保存的原件，核对 SM3 摘要后返回）")
    ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                      @PathVariable long documentId) {
        return FileResponses.of(documents.read(user, id, documentId));
    }
}
