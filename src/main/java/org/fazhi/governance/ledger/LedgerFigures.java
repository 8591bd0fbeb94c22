package org.fazhi.governance.ledger;

import java.util.List;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.platform.MeasurementPass;
import org.fazhi.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicators of one ledger type measured for its page, shipped or county-declared alike: the county's figure for
 * the bureau and leaders, the own agency's for an agency's staff.
 */
@Component
class LedgerFigures {

    /** One indicator's figure as the ledger page shows it. */
    record Shown(LedgerIndicator indicator, Figure figure) {
    }

    private final JdbcClient jdbc;
    private final AgencyOptions agencies;

    LedgerFigures(JdbcClient jdbc, AgencyOptions agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    List<Shown> measure(SignedInUser user, LedgerType type, Period period) {
        MeasurementPass pass = new MeasurementPass();
        return type.indicators().stream().map(indicator -> {
            Measurement m = new LedgerTally(type, indicator, jdbc, agencies).measure(user.region(), period, pass);
            return new Shown(indicator, own(user, indicator, m));
        }).toList();
    }

    private static Figure own(SignedInUser user, LedgerIndicator indicator, Measurement m) {
        Long agency = user.scope().agencyId();
        if (agency == null) {
            return m.total();
        }
        return m.byAgency().stream().filter(a -> a.agencyId() == agency).map(a -> a.figure()).findFirst()
                .orElse(indicator.isRate() ? Figure.rate(0, 0) : Figure.count(0));
    }
}
