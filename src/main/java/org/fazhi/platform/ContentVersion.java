package org.fazhi.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The validators of a published page: an entity tag (quoted, as sent in {@code ETag}) and the moment it last
 * changed (for {@code Last-Modified}).
 */
public record ContentVersion(String etag, Instant lastModified) {

    /**
     * Whether a conditional GET may be answered 304: by {@code If-None-Match} when sent (weak comparison), else by
     * {@code If-Modified-Since} at the header's precision of a second.
     */
    public boolean isUnchangedFor(@Nullable String ifNoneMatch, long ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        return ifModifiedSince >= 0 && lastModified.getEpochSecond() <= ifModifiedSince / 1000;
    }
}
