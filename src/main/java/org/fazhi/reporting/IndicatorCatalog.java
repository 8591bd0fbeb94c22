package org.fazhi.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.platform.MeasurementPass;
import org.fazhi.shared.Period;
import org.springframework.stereotype.Service;

/**
 * Every indicator the modules declare, in declaration order, measured within a user's data scope: a region-wide
 * user sees the region's total and every agency; an agency user sees only the own agency's row, as the total.
 */
@Service
public class IndicatorCatalog {

    private final List<Indicator> indicators;

    IndicatorCatalog(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
    }

    public List<Indicator> all() {
        return indicators;
    }

    public Optional<Indicator> find(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    public Measurement measure(Indicator indicator, DataScope scope, Period period) {
        return measure(indicator, scope, period, new MeasurementPass());
    }

    /**
     * {@code indicators} measured for one scope and period in one pass, in their order: the agencies and the
     * grouped queries they share are read once.
     */
    public Map<Indicator, Measurement> measureAll(List<Indicator> indicators, DataScope scope, Period period) {
        MeasurementPass pass = new MeasurementPass();
        Map<Indicator, Measurement> measurements = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            measurements.put(indicator, measure(indicator, scope, period, pass));
        }
        return measurements;
    }

    private static Measurement measure(Indicator indicator, DataScope scope, Period period, MeasurementPass pass) {
        Measurement measurement = indicator.measure(scope.region(), period, pass);
        if (!scope.isAgencyScoped()) {
            return measurement;
        }
        return measurement.byAgency().stream().filter(row -> scope.agencyId().equals(row.agencyId())).findFirst()
                .map(own -> new Measurement(own.figure(), List.of(own)))
                .orElseGet(() -> new Measurement(indicator.unit() == Indicator.Unit.PERCENT
                        ? Figure.rate(0, 0) : Figure.count(0), List.of()));
    }
}
