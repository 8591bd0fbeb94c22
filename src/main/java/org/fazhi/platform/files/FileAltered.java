package org.fazhi.platform.files;

import org.fazhi.shared.RegionCode;

/**
 * A stored file was asked for and is not what was stored: missing, or its bytes no longer have their digest. Published
 * in a transaction of its own, so the report stays although the request that found it is refused.
 */
public record FileAltered(long fileId, String ownerType, String ownerId, RegionCode region, FileCheck.Problem problem) {
}
