package org.fazhi.disclosure.publication;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.disclosure.redaction.Redaction;
import org.fazhi.disclosure.redaction.RedactionKind;
import org.fazhi.disclosure.redaction.RedactionSpan;
import org.jspecify.annotations.Nullable;

/**
 * The review page's text: the published text in pieces, each either as written or a marked span (its kind, what
 * the public reads, and what it hides, the latter only for the legal office), so the template draws marks without
 * computing offsets.
 */
record ReviewedText(List<Piece> pieces) {

    /** Text as written ({@code kind} null), or a span at {@code start} of the original. */
    record Piece(String text, @Nullable RedactionKind kind, int start, @Nullable String original) {

        public boolean isMarked() {
            return kind != null;
        }
    }

    static ReviewedText of(Redaction redaction, boolean legalOffice) {
        List<Piece> pieces = new ArrayList<>();
        String text = redaction.text();
        int at = 0;
        for (RedactionSpan span : redaction.spans()) {
            if (span.start() > at) {
                pieces.add(new Piece(text.substring(at, span.start()), null, at, null));
            }
            pieces.add(new Piece(span.replacement(), span.kind(), span.start(), legalOffice ? span.original() : null));
            at = span.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, at, null));
        }
        return new ReviewedText(pieces);
    }
}
