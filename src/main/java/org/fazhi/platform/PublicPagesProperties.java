package org.fazhi.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How published pages are cached ({@code fazhi.public-pages.*}).
 *
 * @param maxAge        how long a browser or proxy may reuse a page without asking; after it, it must revalidate
 *                      (a withdrawn publication disappears from every cache within this time)
 * @param cacheSize     the server's renderings kept, in total bytes (least recently used ones go first)
 * @param largestEntry  a rendering larger than this is served but not kept
 */
@ConfigurationProperties("fazhi.public-pages")
public record PublicPagesProperties(@DefaultValue("60s") Duration maxAge, @DefaultValue("64MB") DataSize cacheSize,
                                    @DefaultValue("4MB") DataSize largestEntry) {
}
