package org.fazhi.disclosure.feed;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of the feed after a cursor. {@code next} is the cursor to keep (the last entry's, or the one asked for
 * when nothing is new): a consumer that always asks with the cursor it was last given sees every entry once.
 */
@Schema(description = "公示动态的一页")
record FeedPage(@Schema(description = "本页条目，按提交顺序") List<FeedEntry> entries,
                @Schema(description = "下次请求用的游标（since 参数）") long next,
                @Schema(description = "是否还有后续条目（可立即以 next 继续请求）") boolean more) {

    static FeedPage of(List<FeedEntry> fetched, long since, int size) {
        List<FeedEntry> entries = fetched.size() > size ? fetched.subList(0, size) : fetched;
        long next = entries.isEmpty() ? since : entries.get(entries.size() - 1).cursor();
        return new FeedPage(entries, next, fetched.size() > size);
    }
}
