package org.fazhi.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.fazhi.shared.Sm3;
import org.jspecify.annotations.Nullable;

/**
 * The seed of a "fazhi-draw/2" document: a committed secret combined with a public value that did not exist when
 * the plan was published (docs/draw-algorithm.md, section 3). With L(t) the UTF-8 bytes of t followed by a line feed,
 * the plan publishes {@code commitment = SM3(L("fazhi-commit-v2") L(secret) L(source) L(issue) L(readingAt))}, which
 * fixes the secret and which public value it will meet; the draw uses
 * {@code seed = hex SM3(L("fazhi-seed-v2") L(secret) L(publicValue))}. Whoever held the secret did not know the value
 * at publication, and whoever produced the value did not know the secret.
 *
 * @param construction {@value #CONSTRUCTION}; a later construction would have another name
 * @param announced    what was published with the plan, before the value existed
 * @param secret       the agency's secret, 64 hex digits, sealed until the draw
 * @param entry        the public value as entered at the draw
 * @param value        the derived seed, 64 hex digits: what the random stream is built from
 */
public record CombinedSeed(String construction, Announcement announced, String secret, Entry entry, String value)
        implements DrawSeed {

    public static final String CONSTRUCTION = "fazhi-seed-v2";
    static final String COMMITMENT_DOMAIN = "fazhi-commit-v2";

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Published with the plan: the commitment, the public randomness source, the lottery issue if it has one
     * (期号), when the plan was published and the moment the public value is read. Moments are written
     * {@code 2026-12-08T21:15:00+08:00}.
     */
    public record Announcement(String commitment, String source, @Nullable String issue, String publishedAt,
                               String readingAt) {

        public Announcement {
            hex("承诺值", commitment);
            line("公开随机源", source);
            if (issue != null) {
                line("期号", issue);
            }
            parseMoment("计划公布时刻", publishedAt);
            parseMoment("公开随机值读取时刻", readingAt);
        }
    }

    /** The public value as entered at the draw (once): by whom, when, and before which witnesses if any. */
    public record Entry(String publicValue, String enteredBy, String enteredAt, List<String> witnesses) {

        public Entry {
            line("公开随机值", publicValue);
            line("录入人", enteredBy);
            parseMoment("录入时刻", enteredAt);
            witnesses = List.copyOf(witnesses);
            witnesses.forEach(witness -> line("见证人", witness));
        }
    }

    public CombinedSeed {
        line("种子构造", construction);
        hex("秘密值", secret);
        hex("种子", value);
    }

    /** The seed a draw uses once the public value is entered. */
    public static CombinedSeed combine(Announcement announced, String secret, Entry entry) {
        return new CombinedSeed(CONSTRUCTION, announced, secret, entry, seedOf(secret, entry.publicValue()));
    }

    public static String commitmentOf(String secret, String source, @Nullable String issue, String readingAt) {
        return hash(COMMITMENT_DOMAIN, secret, source, issue == null ? "" : issue, readingAt);
    }

    public static String seedOf(String secret, String publicValue) {
        return hash(CONSTRUCTION, secret, publicValue);
    }

    /** A moment as the document and the commitment write it. */
    public static String moment(OffsetDateTime moment) {
        return MOMENT.format(moment);
    }

    /** The commitment the published secret, source, issue and moment give: the published one, if nothing changed. */
    public String recomputedCommitment() {
        return commitmentOf(secret, announced.source(), announced.issue(), announced.readingAt());
    }

    /** The seed the published secret and public value give: the published one, if nothing changed. */
    public String recomputedSeed() {
        return seedOf(secret, entry.publicValue());
    }

    public boolean keepsCommitment() {
        return announced.commitment().equals(recomputedCommitment());
    }

    public boolean combinesSecretAndPublicValue() {
        return value.equals(recomputedSeed());
    }

    @Override
    public List<String> discrepancies() {
        if (!CONSTRUCTION.equals(construction)) {
            return List.of("种子构造 " + construction + " 不是本程序实现的 " + CONSTRUCTION + "，无法核对种子");
        }
        List<String> found = new ArrayList<>();
        if (!keepsCommitment()) {
            found.add("承诺值与公布的秘密值、公开随机源和读取时刻不符：承诺值为 " + DrawSeed.brief(announced.commitment())
                    + "，按公布内容重算为 " + DrawSeed.brief(recomputedCommitment()));
        }
        if (!combinesSecretAndPublicValue()) {
            found.add("种子不是秘密值与公开随机值的组合：公布为 " + DrawSeed.brief(value) + "，重算为 "
                    + DrawSeed.brief(recomputedSeed()));
        }
        OffsetDateTime published = parseMoment("", announced.publishedAt());
        OffsetDateTime reading = parseMoment("", announced.readingAt());
        if (!reading.isAfter(published)) {
            found.add("公开随机值的读取时刻 " + announced.readingAt() + " 不晚于计划公布时刻 " + announced.publishedAt()
                    + "，公布时该值可能已经可知");
        }
        if (parseMoment("", entry.enteredAt()).isBefore(reading)) {
            found.add("公开随机值的录入时刻 " + entry.enteredAt() + " 早于其读取时刻 " + announced.readingAt());
        }
        return found;
    }

    private static String hash(String domain, String... texts) {
        SM3Digest sm3 = new SM3Digest();
        update(sm3, domain);
        for (String text : texts) {
            update(sm3, text);
        }
        byte[] digest = new byte[Sm3.DIGEST_LENGTH];
        sm3.doFinal(digest, 0);
        return Sm3.hex(digest);
    }

    private static void update(SM3Digest sm3, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sm3.update(bytes, 0, bytes.length);
        sm3.update((byte) '\n');
    }

    private static OffsetDateTime parseMoment(String name, String text) {
        try {
            return OffsetDateTime.parse(text, MOMENT);
        } catch (DateTimeParseException | NullPointerException invalid) {
            throw new IllegalArgumentException(name + "应写作 2026-12-08T21:15:00+08:00 的形式，实为 " + text);
        }
    }

    private static void hex(String name, String text) {
        if (text == null || !HEX_64.matcher(text).matches()) {
            throw new IllegalArgumentException(name + "须为 64 位小写十六进制数：" + text);
        }
    }

    /** One line of text, since the commitment and the seed separate their parts by line feeds. */
    private static void line(String name, String text) {
        if (text == null || text.isBlank() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(name + "须为不含换行的非空文字：" + text);
        }
    }
}
