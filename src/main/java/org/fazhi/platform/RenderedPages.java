package org.fazhi.platform;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Renderings of published pages, keyed by path, query and the version they were rendered under, bounded in bytes:
 * the least recently used go first, so renderings of older versions (never asked for again) age out on their own.
 */
final class RenderedPages {

    record Rendered(String etag, int status, @Nullable String contentType, @Nullable String disposition,
                    byte[] body) {
    }

    private final Map<String, Rendered> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final long capacity;
    private final long largest;
    private long size;

    RenderedPages(long capacity, long largest) {
        this.capacity = capacity;
        this.largest = largest;
    }

    synchronized @Nullable Rendered get(String page, String etag) {
        Rendered rendered = pages.get(page);
        return rendered != null && rendered.etag().equals(etag) ? rendered : null;
    }

    synchronized void put(String page, Rendered rendered) {
        if (rendered.body().length > largest) {
            return;
        }
        Rendered replaced = pages.put(page, rendered);
        size += rendered.body().length - (replaced == null ? 0 : replaced.body().length);
        Iterator<Rendered> eldest = pages.values().iterator();
        while (size > capacity && eldest.hasNext()) {
            size -= eldest.next().body().length;
            eldest.remove();
        }
    }
}
