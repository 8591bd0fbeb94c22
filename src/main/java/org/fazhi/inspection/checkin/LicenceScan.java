package org.fazhi.inspection.checkin;

import org.jspecify.annotations.Nullable;

/**
 * What an inspector sends to check a visit in by the enterprise's business licence (扫照签到): a photo of the
 * licence's QR code or the credit code typed, the task when several match, and optionally where the phone was.
 *
 * @param photo   the picture's bytes, or null when the code was typed
 * @param taskId  the task chosen among several, or null to let Fazhi find it
 * @param address the request's source address, recorded with the scan
 */
public record LicenceScan(byte @Nullable [] photo, @Nullable String creditCode, @Nullable Long taskId,
                          @Nullable ScanLocation location, @Nullable String address) {

    public LicenceScan {
        photo = photo == null || photo.length == 0 ? null : photo;
    }
}
