package org.fazhi.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.fazhi.shared.Sm3;
import org.jspecify.annotations.Nullable;

/**
 * Where a draw's chance comes from, and why nobody could choose it to suit themselves. COMMITTED: the agency fixes a
 * secret seed and publishes its SM3 commitment before the directories are fixed, then reveals the seed with the
 * result; anyone checks the seed against the commitment. PUBLIC_VALUE: the seed is a value nobody controls that
 * only becomes known after the directories are fixed (e.g. the numbers of a named lottery draw), and the source
 * says where to look it up.
 */
public record DrawSeed(Mode mode, String value, @Nullable String commitment, @Nullable String source) {

    public enum Mode {
        COMMITTED, PUBLIC_VALUE
    }

    private static final Pattern SM3_HEX = Pattern.compile("[0-9a-f]{64}");

    public DrawSeed {
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
    public static DrawSeed committed(String value) {
        return new DrawSeed(Mode.COMMITTED, value, commitmentOf(value), null);
    }

    /** A seed nobody controls, such as a lottery result, with where to check it. */
    public static DrawSeed publicValue(String value, String source) {
        return new DrawSeed(Mode.PUBLIC_VALUE, value, null, source);
    }

    /** Lower-case hex SM3 of the seed's UTF-8 bytes: what is published before the draw. */
    public static String commitmentOf(String value) {
        return Sm3.hex(Sm3.digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** False only when a committed seed does not hash to the commitment published beforehand. */
    public boolean keepsCommitment() {
        return mode != Mode.COMMITTED || commitmentOf(value).equals(commitment);
    }
}
