package org.fazhi.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live updates to signed-in screens ({@code fazhi.live.*}).
 *
 * @param heartbeat      how often an idle stream gets a comment line, so proxies keep it open and a screen that
 *                       went away is noticed (its write fails) and dropped
 * @param timeout        how long one stream lasts; the browser then reconnects by itself (EventSource), which also
 *                       re-checks the session
 * @param maxSubscribers streams held at once in this instance; beyond it a new one is refused (503) and the
 *                       browser retries later
 */
@ConfigurationProperties("fazhi.live")
public record LiveUpdatesProperties(@DefaultValue("PT15S") Duration heartbeat,
                                    @DefaultValue("PT30M") Duration timeout,
                                    @DefaultValue("1000") int maxSubscribers) {
}
