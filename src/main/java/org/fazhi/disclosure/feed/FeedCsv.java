package org.fazhi.disclosure.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The feed's entries as CSV (RFC 4180): a header of the JSON field names, one line per entry, UTF-8 with a byte
 * order mark so that Excel reads the Chinese. A field holding a comma, quote or line break is quoted.
 */
final class FeedCsv {

    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("cursor", "kind", "publicationId", "decisionNumber",
            "agencyId", "agencyName", "county", "decidedOn", "decisionKind", "penalties", "fineYuan", "items", "party",
            "publishedOn", "expiresOn", "withdrawnOn", "withdrawalReason", "expiredOn", "onPortal", "text");

    private FeedCsv() {
    }

    static byte[] of(List<FeedEntry> entries) {
        StringBuilder csv = new StringBuilder(BOM).append(line(HEADER.stream()));
        entries.forEach(e -> csv.append(line(Stream.of(e.cursor(), e.kind(), e.publicationId(), e.decisionNumber(),
                e.agencyId(), e.agencyName(), e.county(), e.decidedOn(), e.decisionKind(),
                String.join(";", e.penalties()), e.fineYuan().toPlainString(), e.items(), e.party(), e.publishedOn(),
                e.expiresOn(), e.withdrawnOn(), e.withdrawalReason(), e.expiredOn(), e.onPortal(), e.text()))));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(Stream<? extends @Nullable Object> fields) {
        return fields.map(FeedCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String field(@Nullable Object value) {
        String text = Objects.toString(value, "");
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
