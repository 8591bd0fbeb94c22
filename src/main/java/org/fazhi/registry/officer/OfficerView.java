package org.fazhi.registry.officer;

import java.util.List;

/** An officer as the REST API shows it: the ID number only masked. */
public record OfficerView(long id, long agencyId, String name, String idNumberMasked, OfficerPost post,
                          Establishment establishment, List<String> areas, OfficerStatus status, String regionCode,
                          int version) {

    static OfficerView of(Officer officer) {
        return new OfficerView(officer.id(), officer.agencyId(), officer.name(), officer.idNumberMasked(),
                officer.post(), officer.establishment(), officer.areas(), officer.status(), officer.region().value(),
                officer.version());
    }
}
