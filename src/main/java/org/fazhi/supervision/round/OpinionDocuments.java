package org.fazhi.supervision.round;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A supervision document as a download named after its number. */
final class OpinionDocuments {

    private OpinionDocuments() {
    }

    static ResponseEntity<byte[]> attachment(Opinion o, boolean decision, byte[] bytes) {
        String name = (decision ? "监督决定书" : "监督意见书") + "-" + (decision ? o.decisionNumber() : o.number())
                + ".docx";
        return ResponseEntity.ok().contentType(OpinionApi.DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
