package org.fazhi.disclosure.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The personal information found in one text, as reviewable spans, and the text published with them replaced.
 *
 * <pre>{@code
 * Redaction redaction = Redaction.of(text, RedactionContext.aboutPerson("张三"));
 * redaction.spans();   // what the legal office sees marked
 * redaction.apply();   // what the portal shows
 * }</pre>
 *
 * <p>Over-redaction is the safe side: where a rule is unsure it redacts, and the legal office removes the span.
 *
 * <p><b>What it cannot catch</b> (the legal office must read the text):
 * <ul>
 * <li>a name that is neither in the context nor right after a cue word ({@code 当事人}, {@code 证人}, …) nor before
 * {@code 先生}/{@code 女士} — e.g. {@code 与邻居刘备发生纠纷}; a given name alone ({@code 小明称}); nicknames, names in
 * pinyin, names of three given characters;</li>
 * <li>a person named in the context is redacted everywhere, also where the same characters are a common word
 * ({@code 高明} in {@code 手段高明}), except inside an organisation's name ({@code 郏县张三餐饮店} stays: a registered
 * business name is public in the enterprise credit register, and the issue keeps business names);</li>
 * <li>an address is cut only after a home cue ({@code 住}, {@code 住址}, {@code 户籍}, {@code 家庭地址}) and only where
 * it has a unit ({@code 号}, {@code 室}, {@code 单元}, {@code 栋}, {@code 幢}, {@code 楼}, {@code 组}); a house
 * described in words ({@code 村东头第三家}) stays;</li>
 * <li>a licence plate is kept when its sentence ties it to a company ({@code 公司}, {@code 营运}, …) or the party is an
 * organisation and nothing says private; a company car of a natural-person party is redacted;</li>
 * <li>a bank account without a cue ({@code 账号}, {@code 卡号}, …) is found only when it has 16–19 digits and a valid
 * Luhn check digit; an 18-digit number with a valid ID check digit and a plausible birth date is taken for an ID
 * number unless a cue ({@code 编号}, {@code 文号}, {@code 代码}, …) says otherwise.</li>
 * </ul>
 */
public final class Redaction {

    private static final List<Finder> FINDERS = List.of(new PersonNameFinder(), new NumberFinder(),
            new AddressFinder(), new PlateFinder(), new EmailFinder());

    private final String text;
    private final List<RedactionSpan> spans;

    private Redaction(String text, List<RedactionSpan> spans) {
        this.text = text;
        this.spans = List.copyOf(spans);
    }

    public static Redaction of(String text, RedactionContext context) {
        List<RedactionSpan> found = new ArrayList<>();
        for (Finder finder : FINDERS) {
            finder.find(text, context, found);
        }
        List<int[]> kept = KeptTerms.occurrences(text, context);
        found.removeIf(span -> kept.stream().anyMatch(range -> span.start() < range[1] && range[0] < span.end()));
        return new Redaction(text, withoutOverlaps(found));
    }

    /**
     * A redaction as the legal office left it (spans stored with a publication), checked again against the text: a
     * span that is not part of it, or that overlaps another, is refused.
     */
    public static Redaction reviewed(String text, List<RedactionSpan> spans) {
        Redaction reviewed = new Redaction(text, List.of());
        for (RedactionSpan span : spans) {
            if (reviewed.spans.stream().anyMatch(span::overlaps)) {
                throw new IllegalArgumentException("Spans overlap at " + span.start());
            }
            reviewed = reviewed.adding(span);
        }
        return reviewed;
    }

    /** The original text; stays internal. */
    public String text() {
        return text;
    }

    /** The spans in text order, none overlapping. */
    public List<RedactionSpan> spans() {
        return spans;
    }

    /** The text to publish. */
    public String apply() {
        StringBuilder published = new StringBuilder(text.length());
        int at = 0;
        for (RedactionSpan span : spans) {
            published.append(text, at, span.start()).append(span.replacement());
            at = span.end();
        }
        return spans.isEmpty() ? text : published.append(text, at, text.length()).toString();
    }

    /** The legal office marks one more span; spans it overlaps are replaced by it. */
    public Redaction adding(RedactionSpan span) {
        if (span.end() > text.length() || !text.substring(span.start(), span.end()).equals(span.original())) {
            throw new IllegalArgumentException("The span is not part of this text");
        }
        List<RedactionSpan> next = new ArrayList<>(spans);
        next.removeIf(span::overlaps);
        next.add(span);
        next.sort(Comparator.comparingInt(RedactionSpan::start));
        return new Redaction(text, next);
    }

    /** The legal office decides that a span stays published as written. */
    public Redaction removing(RedactionSpan span) {
        List<RedactionSpan> next = new ArrayList<>(spans);
        next.remove(span);
        return new Redaction(text, next);
    }

    /** Earlier first; of two overlapping, the longer one wins (an ID number over a phone number inside it). */
    private static List<RedactionSpan> withoutOverlaps(List<RedactionSpan> found) {
        found.sort(Comparator.comparingInt(RedactionSpan::start).thenComparing(RedactionSpan::length,
                Comparator.reverseOrder()));
        List<RedactionSpan> chosen = new ArrayList<>(found.size());
        for (RedactionSpan span : found) {
            RedactionSpan last = chosen.isEmpty() ? null : chosen.get(chosen.size() - 1);
            if (last == null || !last.overlaps(span)) {
                chosen.add(span);
            } else if (span.length() > last.length()) {
                chosen.set(chosen.size() - 1, span);
            }
        }
        return chosen;
    }

    /** One kind of personal information. */
    interface Finder {
        void find(String text, RedactionContext context, List<RedactionSpan> into);
    }
}
