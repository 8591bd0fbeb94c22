package org.fazhi.casework.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document number is written, e.g. {@code {机关简称}{文书简称}〔{年}〕{序号}号} → {@code 郏市监罚〔2026〕12号}.
 * {@code {序号:3}} pads the sequence with zeros to three digits ({@code 012}). Any other text is kept as written.
 */
record NumberPattern(String pattern, List<Part> parts) {

    static final String DEFAULT = "{机关简称}{文书简称}〔{年}〕{序号}号";
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}:]*)(?::(\\d))?}");

    static NumberPattern of(String pattern) {
        List<Part> parts = new ArrayList<>();
        Matcher token = TOKEN.matcher(pattern);
        int end = 0;
        boolean sequence = false;
        while (token.find()) {
            parts.add(new Part(Field.TEXT, pattern.substring(end, token.start()), 0));
            Field field = Field.named(token.group(1), pattern);
            sequence |= field == Field.SEQUENCE;
            parts.add(new Part(field, "", token.group(2) == null ? 0 : Integer.parseInt(token.group(2))));
            end = token.end();
        }
        parts.add(new Part(Field.TEXT, pattern.substring(end), 0));
        if (!sequence) {
            throw new IllegalArgumentException("the document number pattern " + pattern + " has no {序号}");
        }
        return new NumberPattern(pattern, List.copyOf(parts));
    }

    String format(String agencyAbbreviation, String shortName, int year, int sequence) {
        StringBuilder number = new StringBuilder();
        for (Part part : parts) {
            number.append(switch (part.field()) {
                case TEXT -> part.text();
                case AGENCY -> agencyAbbreviation;
                case KIND -> shortName;
                case YEAR -> Integer.toString(year);
                case SEQUENCE -> part.width() == 0 ? Integer.toString(sequence)
                        : String.format("%0" + part.width() + "d", sequence);
            });
        }
        return number.toString();
    }

    enum Field {
        TEXT(""), AGENCY("机关简称"), KIND("文书简称"), YEAR("年"), SEQUENCE("序号");

        private final String token;

        Field(String token) {
            this.token = token;
        }

        static Field named(String token, String pattern) {
            for (Field field : values()) {
                if (field != TEXT && field.token.equals(token)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("unknown {" + token + "} in the document number pattern " + pattern
                    + "; known: {机关简称} {文书简称} {年} {序号}");
        }
    }

    record Part(Field field, String text, int width) {
    }
}
