package org.fazhi.inspection.generation;

import org.fazhi.shared.RegionCode;

/**
 * Who did what in generated records: generated counties have no accounts, so the records name the office by a
 * username-like label that says which agency or county it stands for (法制股, 负责人, 司法局, 执法人员).
 */
final class Names {

    private Names() {
    }

    static String legalOffice(long agencyId) {
        return "legal." + agencyId;
    }

    static String head(long agencyId) {
        return "head." + agencyId;
    }

    static String bureau(RegionCode county) {
        return "bureau." + county.value();
    }

    static String officer(long officerId) {
        return "officer." + officerId;
    }
}
