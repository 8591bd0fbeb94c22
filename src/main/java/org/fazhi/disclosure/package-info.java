/**
 * 信息公示: penalty decisions published on time with personal information redacted, withdrawn when changed or
 * revoked (行政处罚法第四十八条, 国办发〔2018〕118号): the redaction ({@code redaction}, pure) and the publications
 * the legal offices review, publish and withdraw ({@code publication}), the public portal's search of them ({@code portal}), the public feed ({@code feed}), the live
 * push to supervisors' screens ({@code live}), the decision as PDF on the portal ({@code document}), the indicators
 * ({@code indicator}) and generated publication history and the demo's ({@code generation},
 * {@link org.fazhi.disclosure.PublicationGeneration}). Publishes {@link org.fazhi.disclosure.DecisionPublished},
 * {@link org.fazhi.disclosure.PublicationWithdrawn}, {@link org.fazhi.disclosure.PublicationExpired},
 * {@link org.fazhi.disclosure.PublicationOverdue} and {@link org.fazhi.disclosure.WithdrawalOverdue}; offers
 * {@link org.fazhi.disclosure.DecisionWithdrawals} to whoever changes or revokes a decision.
 */
@ApplicationModule(allowedDependencies = {"casework", "catalog", "identity", "registry", "shared", "platform"})
@NullMarked
package org.fazhi.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
