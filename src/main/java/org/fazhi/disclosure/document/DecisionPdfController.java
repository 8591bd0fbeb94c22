package org.fazhi.disclosure.document;

import org.fazhi.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 处罚决定书 PDF on the portal: {@code /public/decisions/{id}.pdf}, for anyone, of a published decision (a withdrawn
 * one with its notice 已撤回); any other id is not found. The portal's pages under {@code /public/decisions/**} are
 * declared published by the portal's own declaration, so conditional requests and caching apply here too.
 */
@RestController
class DecisionPdfController {

    static final String RECORD_TYPE = "disclosure.publication";

    private final PublishedDecisions decisions;
    private final DecisionPdf pdf;

    DecisionPdfController(PublishedDecisions decisions, DecisionPdf pdf) {
        this.decisions = decisions;
        this.pdf = pdf;
    }

    @GetMapping(value = "/public/decisions/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PublishedDecision decision = decisions.find(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        String file = "decision-" + id + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(pdf.render(decision));
    }
}
