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

    /**
     * Every row of a list, read page by page at the largest size, up to {@code max}: what an export writes with the
     * list's own search, scope and order.
     */
    public static <T> java.util.List<T> all(java.util.function.Function<PageRequest, Page<T>> search, int max) {
        java.util.List<T> rows = new java.util.ArrayList<>();
        for (int number = 1; rows.size() < max; number++) {
            Page<T> page = search.apply(new PageRequest(number, MAX_SIZE));
            rows.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
        }
        return rows.size() > max ? java.util.List.copyOf(rows.subList(0, max)) : rows;
    }
}
