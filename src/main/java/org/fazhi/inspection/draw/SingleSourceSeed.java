package org.fazhi.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.fazhi.shared.Sm3;
import org.jspecify.annotations.Nullable;

/**
 * The seed of a "fazhi-draw/1" document, from one source. COMMITTED: the agency fixed a secret seed and published its
 * SM3 commitment before the directories were fixed, then revealed the seed with the result; anyone checks the seed
 * against the commitment (but whoever held the secret knew the outcome from the start). PUBLIC_VALUE: the seed is a
 * value nobody controls that only became known after the directories were fixed (e.g. the numbers of a named lottery
 * draw), and the source says where to look it up. New draws use {@link CombinedSeed}; these stay verifiable.
 */
public record SingleSourceSeed(Mode mode, String value, @Nullable String commitment, @Nullable String source)
        implements DrawSeed {

    public enum Mode {
        COMMITTED, PUBLIC_VALUE
    }

    private static final Pattern SM3_HEX = Pattern.compile("[0-9a-f]{64}");

    public SingleSourceSeed {
        if (mode == null) {
            throw new IllegalArgumentException("未写明种子模式");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("抽取种子不能为空");
        }
        if (mode == Mode.COMMITTED && (commitment == null || !SM3_HEX.matcher(commitment).matches())) {
            throw new IllegalArgumentException("承诺模式的种子须附 64 位小写十六进制的 SM3 承诺值：" + commitment);
        }
        if (mode == Mode.PUBLIC_VALUE && (source == null || source.isBlank() || commitment != null)) {
            throw new IllegalArgumentException("公开值模式的种子须写明来源，且不带承诺值");
        }
    }

    /** A secret seed, with the commitment to publish before the draw. */
    public static SingleSourceSeed committed(String value) {
        return new SingleSourceSeed(Mode.COMMITTED, value, commitmentOf(value), null);
    }

    /** A seed nobody controls, such as a lottery result, with where to check it. */
    public static SingleSourceSeed publicValue(String value, String source) {
        return new SingleSourceSeed(Mode.PUBLIC_VALUE, value, null, source);
    }

    /** Lower-case hex SM3 of the seed's UTF-8 bytes: what is published before the draw. */
    public static String commitmentOf(String value) {
        return Sm3.hex(Sm3.digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** False only when a committed seed does not hash to the commitment published beforehand. */
    public boolean keepsCommitment() {
        return mode != Mode.COMMITTED || commitmentOf(value).equals(commitment);
    }

    /** A public value cannot be checked here: the reader looks it up at its source. */
    @Override
    public List<String> discrepancies() {
        if (keepsCommitment()) {
            return List.of();
        }
        return List.of("种子与事先公布的承诺值不符：承诺值为 " + DrawSeed.brief(String.valueOf(commitment))
                + "，公布的种子的 SM3 为 " + DrawSeed.brief(commitmentOf(value)));
    }
}
