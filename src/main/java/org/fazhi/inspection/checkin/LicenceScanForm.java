package org.fazhi.inspection.checkin;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The 扫照签到 page's fields: a photo of the licence's QR code or the credit code typed, the task chosen when several
 * match, and the phone's place when shared.
 */
record LicenceScanForm(@Nullable MultipartFile photo, @Nullable @Size(max = 40) String creditCode,
                       @Nullable Long taskId, @Nullable Double latitude, @Nullable Double longitude,
                       @Nullable Double accuracy) {

    static LicenceScanForm empty() {
        return new LicenceScanForm(null, "", null, null, null, null);
    }

    /** The place the phone shared; a report that makes no sense is dropped, since sharing is never required. */
    @Nullable ScanLocation location() {
        return ScanLocation.shared(latitude, longitude, accuracy);
    }

    byte @Nullable [] photoBytes() throws java.io.IOException {
        return photo == null || photo.isEmpty() ? null : photo.getBytes();
    }
}
