package org.fazhi.disclosure.redaction;

/** The replacements: what the public sees instead of the personal information. */
final class Masks {

    static final String ADDRESS = "***";

    private Masks() {
    }

    /** Digits and letters (and, if asked, Chinese characters) become {@code *}; separators stay, for the layout. */
    static String maskLettersAndDigits(String original, boolean alsoChinese) {
        StringBuilder masked = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            boolean hide = Character.isLetterOrDigit(c) && (alsoChinese || !Text.isChinese(c));
            masked.append(hide ? '*' : c);
        }
        return masked.toString();
    }

    /** 张三 → 张某, 欧阳娜娜 → 欧阳某某, 张　三 → 张　某 (the spacing that aligns names in a document stays). */
    static String name(int surnameLength, String name) {
        StringBuilder masked = new StringBuilder(name.length());
        int chinese = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean given = Text.isChinese(c) && chinese++ >= surnameLength;
            masked.append(given ? '某' : c);
        }
        return masked.toString();
    }
}
