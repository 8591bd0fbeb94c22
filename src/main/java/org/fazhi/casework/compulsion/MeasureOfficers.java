package org.fazhi.casework.compulsion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.identity.OfficerOptions;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * 行政强制法第十八条: a measure is taken by two or more officers, each certified on that day and of the agency; the
 * same question the case's 立案 asks the registry (行政处罚法第四十二条).
 */
@Component
class MeasureOfficers {

    private final CertifiedOfficers certified;
    private final OfficerOptions officers;

    MeasureOfficers(CertifiedOfficers certified, OfficerOptions officers) {
        this.certified = certified;
        this.officers = officers;
    }

    void check(long agencyId, List<Long> officerIds, LocalDate day) {
        Set<Long> roster = certified.roster(List.of(agencyId), day).stream().map(CertifiedOfficer::officerId)
                .collect(Collectors.toSet());
        List<String> unqualified = officerIds.stream().distinct().filter(id -> !roster.contains(id))
                .map(id -> officers.find(id).map(OfficerOptions.Option::name).orElse(String.valueOf(id))).toList();
        if (!unqualified.isEmpty()) {
            throw new RuleViolation("casework.measure.officers-not-certified", "行政强制法第十八条、行政处罚法第四十二条",
                    String.join("、", unqualified));
        }
    }

    /** The officers' names with their certificate numbers, as the documents print them. */
    String named(long agencyId, List<Long> officerIds, LocalDate day) {
        var roster = certified.roster(List.of(agencyId), day).stream()
                .collect(Collectors.toMap(CertifiedOfficer::officerId, o -> o));
        return officerIds.stream().map(id -> {
            CertifiedOfficer o = roster.get(id);
            return o != null ? o.name() + "（" + o.certificateNumber() + "）"
                    : officers.find(id).map(OfficerOptions.Option::name).orElse(String.valueOf(id));
        }).collect(Collectors.joining("、"));
    }
}
