package org.fazhi.disclosure.redaction;

/** Character classes and clause boundaries the finders share. */
final class Text {

    private static final String CLAUSE_ENDS = "。；;，,\n！？!?";

    private Text() {
    }

    static boolean isChinese(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf');
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00a0';
    }

    /** Where the clause holding {@code position} starts: after the last comma, full stop or line break before it. */
    static int clauseStart(String text, int position) {
        for (int i = position - 1; i >= 0; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the clause holding {@code position} ends (exclusive). */
    static int clauseEnd(String text, int position) {
        for (int i = position; i < text.length(); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Up to {@code width} characters before {@code position}, within its clause. */
    static String before(String text, int position, int width) {
        return text.substring(Math.max(clauseStart(text, position), position - width), position);
    }

    /** The sentence holding {@code position}: between full stops, semicolons or line breaks. */
    static String sentence(String text, int position) {
        int start = position;
        while (start > 0 && "。；;\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = position;
        while (end < text.length() && "。；;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }
}
