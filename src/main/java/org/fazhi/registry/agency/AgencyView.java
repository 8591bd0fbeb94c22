package org.fazhi.registry.agency;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An agency as the REST API shows it: plain values, stable names. */
public record AgencyView(long id, String name, AgencyKind kind, String regionCode, String creditCode,
                         String legalBasis, @Nullable Long entrustedBy, List<String> areas, AgencyStatus status,
                         int version, String duties, String address, String phone, String complaintPhone) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.id(), agency.name(), agency.kind(), agency.region().value(),
                agency.creditCode().value(), agency.legalBasis(), agency.entrustedBy(), agency.areas(),
                agency.status(), agency.version(), agency.duties(), agency.contact().address(),
                agency.contact().phone(), agency.contact().complaintPhone());
    }
}
