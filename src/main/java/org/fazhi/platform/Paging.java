package org.fazhi.platform;

import org.jspecify.annotations.Nullable;

/**
 * The page of a list an API caller asks for with the query parameters {@code page} and {@code size}, bound like a
 * list's filter record ({@code @ParameterObject Paging paging}): springdoc documents both, a value of the wrong type
 * is a 400 naming the parameter, and {@link #request()} clamps what is out of range.
 */
public record Paging(@Nullable Integer page, @Nullable Integer size) {

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
