package org.fazhi.catalog.item;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * 赋权: an item a county department has delegated down, to every town and township (镇、乡), to every subdistrict
 * (街道), or to one named township or park. The delegating department stays answerable for guiding and training
 * the receivers (「谁放权、谁指导、谁培训」).
 *
 * @param receiverRegion     the one township or park, for {@link Receiver#ONE_REGION} only
 * @param delegatingAgencyId the county department whose power went down
 * @param domain             the field the delegated powers are grouped by (领域), e.g. {@code 农业农村}
 */
public record Delegation(Receiver receiver, @Nullable RegionCode receiverRegion, long delegatingAgencyId,
                         @Nullable String domain, LocalDate effectiveFrom) {

    /** Who receives the delegated power: 004's lists differ for 镇、乡 (61 items) and 街道 (45 items). */
    public enum Receiver { TOWNSHIPS, SUBDISTRICTS, ONE_REGION }

    public Delegation {
        domain = domain == null || domain.isBlank() ? null : domain.strip();
        if (receiver != Receiver.ONE_REGION) {
            receiverRegion = null;
        }
    }

    /** Whether this delegation reaches the township (街道 when {@code subdistrict}) on the day. */
    public boolean reaches(RegionCode township, boolean subdistrict, LocalDate day) {
        boolean receives = switch (receiver) {
            case TOWNSHIPS -> !subdistrict;
            case SUBDISTRICTS -> subdistrict;
            case ONE_REGION -> township.equals(receiverRegion);
        };
        return receives && !effectiveFrom.isAfter(day);
    }

    /** Delegated to all towns and townships or all subdistricts (indicator E10 counts these). */
    public boolean isToEveryTownship() {
        return receiver != Receiver.ONE_REGION;
    }
}
