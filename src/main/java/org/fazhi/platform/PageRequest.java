package org.fazhi.platform;

import org.jspecify.annotations.Nullable;

/** Which page of a list a user asked for; out-of-range input is clamped rather than refused. */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        number = Math.max(1, number);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    public static PageRequest of(@Nullable Integer number, @Nullable Integer size) {
        return new PageRequest(number == null ? 1 : number, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) (number - 1) * size;
    }

    public <T> Page<T> page(java.util.List<T> items, long total) {
        return new Page<>(items, number, size, total);
    }
}
