package org.fazhi.inspection.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random choices for generated data, all from the caller's seeded stream so that a rerun chooses the same. */
final class Picks {

    private Picks() {
    }

    /** An index, each with the chance of its weight; -1 when every weight is zero. */
    static int weighted(int[] weights, SplittableRandom random) {
        long total = 0;
        for (int weight : weights) {
            total += weight;
        }
        if (total == 0) {
            return -1;
        }
        long roll = random.nextLong(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** An index by percentages (they need not add up to 100: the chance is each share of the sum). */
    static int percent(SplittableRandom random, int... shares) {
        return weighted(shares, random);
    }

    /** {@code count} different elements, in the list's order. */
    static <T> List<T> some(List<T> values, int count, SplittableRandom random) {
        List<T> pool = new ArrayList<>(values);
        for (int i = 0; i < count && i < pool.size(); i++) {
            int j = i + random.nextInt(pool.size() - i);
            T swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        List<T> chosen = pool.subList(0, Math.min(count, pool.size()));
        return values.stream().filter(chosen::contains).toList();
    }

    static <T> T one(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
