package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many closed files of each agency a campaign reviews: a fixed number ({@code COUNT}, at most all of them) or a
 * share ({@code SHARE}, the agency's count times the share rounded half up, at least one when the agency closed any).
 * The value is written as a decimal string so that anyone recomputes the same size.
 */
public record SampleSize(Kind kind, String value) {

    public enum Kind {
        COUNT, SHARE
    }

    public SampleSize {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("抽取数量须写明方式和数值");
        }
        if (kind == Kind.COUNT && !value.matches("[1-9][0-9]{0,4}")) {
            throw new IllegalArgumentException("每个执法主体抽取的案卷数须为 1 至 99999 的整数：" + value);
        }
        if (kind == Kind.SHARE && !value.matches("0\\.[0-9]{1,3}|1|1\\.0{1,3}")
                || kind == Kind.SHARE && new BigDecimal(value).signum() == 0) {
            throw new IllegalArgumentException("抽取比例须为大于 0、不超过 1 的小数（至多三位），如 0.1：" + value);
        }
    }

    public static SampleSize count(int files) {
        return new SampleSize(Kind.COUNT, Integer.toString(files));
    }

    public static SampleSize share(String share) {
        return new SampleSize(Kind.SHARE, share);
    }

    /** The number of files drawn from an agency that closed {@code closed} files in the period. */
    public int of(int closed) {
        if (closed == 0) {
            return 0;
        }
        if (kind == Kind.COUNT) {
            return Math.min(closed, Integer.parseInt(value));
        }
        int rounded = new BigDecimal(value).multiply(BigDecimal.valueOf(closed)).setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
        return Math.max(1, Math.min(closed, rounded));
    }
}
