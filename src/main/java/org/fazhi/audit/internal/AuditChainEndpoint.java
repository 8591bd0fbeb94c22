package org.fazhi.audit.internal;

import org.fazhi.audit.AuditVerification;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code GET /actuator/auditchain} (administrators only): verifies the whole trail and names the first break. */
@Component
@Endpoint(id = "auditchain")
class AuditChainEndpoint {

    private final ChainSealer sealer;
    private final ChainVerifier verifier;

    AuditChainEndpoint(ChainSealer sealer, ChainVerifier verifier) {
        this.sealer = sealer;
        this.verifier = verifier;
    }

    @ReadOperation
    AuditVerification verify() {
        sealer.sealPending();
        return verifier.verify();
    }
}
