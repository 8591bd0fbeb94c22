package org.fazhi.catalog.item;

import org.jspecify.annotations.Nullable;

/**
 * One provision an item rests on: a law or regulation, the article, and the article's words as quoted in the list.
 *
 * @param law     the law's or regulation's name without book-title marks, e.g. {@code 中华人民共和国食品安全法}
 * @param article e.g. {@code 第一百二十四条第一款}
 * @param quoted  the provision's text as the list quotes it
 */
public record LegalBasis(String law, @Nullable String article, @Nullable String quoted) {

    public LegalBasis {
        law = strip(law);
        article = blankToNull(article);
        quoted = blankToNull(quoted);
    }

    /** How a list prints it: {@code 《法名》第X条：原文}. */
    public String text() {
        return "《" + law + "》" + (article == null ? "" : article) + (quoted == null ? "" : "：" + quoted);
    }

    /** The citation without the quoted words: {@code 《法名》第X条}. */
    public String citation() {
        return "《" + law + "》" + (article == null ? "" : article);
    }

    private static String strip(String law) {
        String name = law.strip();
        return name.startsWith("《") && name.endsWith("》") ? name.substring(1, name.length() - 1).strip() : name;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
