package org.fazhi.casework.casefile;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.files.FileResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads a case's document from its page (the documents section, {@code casework/documents-section}). */
@Controller
class CaseDocumentController {

    private final IssuedDocuments documents;

    CaseDocumentController(IssuedDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/casework/cases/{id}/documents/{documentId}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                      @PathVariable long documentId) {
        return FileResponses.of(documents.read(user, id, documentId));
    }
}
