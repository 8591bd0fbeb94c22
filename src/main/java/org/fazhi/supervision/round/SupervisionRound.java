package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A supervision round (常态化行政执法监督, one a quarter in 镇平's 实施办法; or a special one): the agencies it
 * covers, the period and topics it looks at, the supervisors on it (each holding a 行政执法监督证). OPEN while
 * supervisors record findings and issue opinions; CLOSED when each agency's result is fixed.
 */
record SupervisionRound(long id, RegionCode county, RoundKind kind, String title, LocalDate periodFrom,
                        LocalDate periodTo, String topics, boolean closed, @Nullable LocalDate closedOn,
                        String createdBy, List<RoundAgency> agencies, List<Supervisor> supervisors, int version) {

    static final String RECORD_TYPE = "supervision.round";

    SupervisionRound {
        agencies = List.copyOf(agencies);
        supervisors = List.copyOf(supervisors);
    }

    /** An agency in the round's scope, with its result once the round is closed. */
    record RoundAgency(long agencyId, String agencyName, @Nullable Integer score, @Nullable Grade grade) {
    }

    /** A supervisor on the round and the certificate they held when added. */
    record Supervisor(long officerId, String name, String certificateNumber) {
    }

    boolean covers(long agencyId) {
        return agencies.stream().anyMatch(a -> a.agencyId() == agencyId);
    }

    void requireOpen() {
        if (closed) {
            throw new RuleViolation("supervision.round.closed", "");
        }
    }

    void requireCovers(long agencyId) {
        if (!covers(agencyId)) {
            throw RuleViolation.of("supervision.round.agency-outside");
        }
    }
}
