package org.fazhi.governance.ledger;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Registers the shipped ledgers' indicators as beans ({@link LedgerIndicatorRegistrar}). */
@Configuration(proxyBeanMethods = false)
@Import(LedgerIndicatorRegistrar.class)
class LedgerIndicators {
}
