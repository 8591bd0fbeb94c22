package org.fazhi.inspection.checklist;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the photos of a check point ({@code fazhi.inspection.photos.*}): enough for a phone's photo of a
 * license or a store room, not for video or archives.
 *
 * @param maxBytes    largest photo accepted
 * @param maxPerPoint most photos one point keeps
 */
@ConfigurationProperties("fazhi.inspection.photos")
record CheckPhotoProperties(@DefaultValue("5242880") long maxBytes, @DefaultValue("6") int maxPerPoint) {
}
