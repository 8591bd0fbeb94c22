package org.fazhi.supervision.accountability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.platform.InvalidInput;

/**
 * What a finding of fault comes from, written {@code type:id} ({@code LAWSUIT:42}): a typed reference, not a foreign
 * key, so that litigation (issue 12) can be linked when it exists without this table changing.
 */
public record SourceRef(Kind kind, long id) {

    /** The kinds of source a finding may come from. */
    public enum Kind {
        /** 行政诉讼败诉案件. */ LAWSUIT,
        /** 执法监督发现的问题. */ SUPERVISION_FINDING,
        /** 案卷评查. */ CASE_FILE_REVIEW,
        /** 三法衔接移送. */ TRANSFER,
        /** 行政复议纠错案件. */ RECONSIDERATION
    }

    private static final Pattern TEXT = Pattern.compile("([A-Z_]+):([1-9][0-9]{0,17})");

    /** Reads {@code type:id}, or refuses it beside the field {@code source}. */
    public static SourceRef parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw InvalidInput.of("source", "supervision.accountability.source.invalid", text);
        }
        try {
            return new SourceRef(Kind.valueOf(m.group(1)), Long.parseLong(m.group(2)));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of("source", "supervision.accountability.source.invalid", text);
        }
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
