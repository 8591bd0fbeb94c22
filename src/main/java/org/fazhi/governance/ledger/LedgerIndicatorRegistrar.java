package org.fazhi.governance.ledger;

import org.fazhi.identity.AgencyOptions;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes every indicator the shipped ledger declarations name a {@link org.fazhi.platform.Indicator} bean, so the
 * reporting catalog, the dashboard and the API find them like any other module's. County-declared types are not
 * beans (they come and go at run time); their ledger pages measure them ({@link LedgerFigures}).
 */
class LedgerIndicatorRegistrar implements BeanRegistrar {

    @Override
    public void register(BeanRegistry registry, Environment env) {
        for (LedgerType type : Declarations.shipped()) {
            for (LedgerIndicator indicator : type.indicators()) {
                registry.registerBean("ledgerIndicator" + indicator.code(), LedgerTally.class,
                        spec -> spec.supplier(context -> new LedgerTally(type, indicator,
                                context.bean(JdbcClient.class), context.bean(AgencyOptions.class))));
            }
        }
    }
}
