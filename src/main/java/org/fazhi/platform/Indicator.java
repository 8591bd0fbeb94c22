package org.fazhi.platform;

import java.util.List;

import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;

/**
 * A figure the county reports, declared once by the module that owns its data and used by the dashboard, the
 * annual report and the API. Its Chinese name and formula are the messages {@code indicator.<code>.name} and
 * {@code indicator.<code>.formula}; its unit is {@code indicator.unit.<unit>}.
 */
public interface Indicator {

    /** Stable code, e.g. {@code CERTIFIED_RATE} (seed requirements §1.7). */
    String code();

    Unit unit();

    /** The figure for a region (with the townships below it) over a period, in total and per agency. */
    Measurement measure(RegionCode region, Period period);

    /**
     * The same figure, measured within a pass that reads what the indicators measured together share once (the
     * agencies, identical grouped queries). An indicator with nothing to share keeps this default.
     */
    default Measurement measure(RegionCode region, Period period, MeasurementPass pass) {
        return measure(region, period);
    }

    enum Unit { PERSONS, CERTIFICATES, HOURS, PERCENT, COUNT, TIMES, SCORE, CASES, YUAN, WORKING_DAYS }

    /** The total and its breakdown by agency (agencies with nothing to count may be absent). */
    record Measurement(Figure total, List<AgencyFigure> byAgency) {

        public Measurement {
            byAgency = List.copyOf(byAgency);
        }
    }

    record AgencyFigure(long agencyId, String agencyName, Figure figure) {
    }
}
