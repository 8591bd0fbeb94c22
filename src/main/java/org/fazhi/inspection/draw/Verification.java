package org.fazhi.inspection.draw;

import java.util.List;

/**
 * The answer of {@link DrawVerifier}: whether the published result is what the published inputs give, and if not,
 * what differs (in Chinese, first difference first, at most {@link DrawVerifier#MAX_FINDINGS}).
 */
public record Verification(boolean matches, List<String> findings) {

    public Verification {
        findings = List.copyOf(findings);
        if (matches != findings.isEmpty()) {
            throw new IllegalArgumentException("a verification matches exactly when it has no findings");
        }
    }
}
