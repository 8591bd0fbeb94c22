package org.fazhi.supervision.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An alert indicator over {@code supervision.alert} (aliased {@code a}) of the county, by the agency the alert
 * concerns: a count of the alerts matching {@code where} (params {@code :from}, {@code :to}, {@code :today}), or,
 * for {@code median}, the median working days from raising to ending of the alerts ended within the period.
 */
final class AlertTally implements Indicator {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    private final String code;
    private final String where;
    private final boolean median;
    private final JdbcClient jdbc;
    private final AgencyOptions agencies;
    private final Clock clock;

    AlertTally(String code, String where, boolean median, JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        this.code = code;
        this.where = where;
        this.median = median;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Unit unit() {
        return median ? Unit.WORKING_DAYS : Unit.COUNT;
    }

    @Override
    public Measurement measure(RegionCode region, Period period) {
        Map<Long, List<Long>> values = new HashMap<>();
        List<Long> all = new ArrayList<>();
        jdbc.sql("select coalesce(a.agency_id, 0), a.raised_on, a.ended_on from supervision.alert a"
                        + " where a.region_code = :county and " + where)
                .param("county", region.county().value()).param("from", period.from()).param("to", period.to())
                .param("today", LocalDate.now(clock))
                .query((rs, row) -> {
                    LocalDate ended = rs.getObject(3, LocalDate.class);
                    long value = median && ended != null
                            ? CALENDAR.workingDaysBetween(rs.getObject(2, LocalDate.class), ended) : 1;
                    values.computeIfAbsent(rs.getLong(1), agency -> new ArrayList<>()).add(value);
                    all.add(value);
                    return value;
                }).list();
        List<AgencyFigure> byAgency = agencies.within(DataScope.ofRegion(region.county())).stream()
                .filter(agency -> values.containsKey(agency.id()))
                .map(agency -> new AgencyFigure(agency.id(), agency.name(), figure(values.get(agency.id()))))
                .toList();
        return new Measurement(figure(all), byAgency);
    }

    private Figure figure(List<Long> values) {
        if (!median) {
            return Figure.count(values.size());
        }
        if (values.isEmpty()) {
            return new Figure(null, 0, 0, false);
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal value = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.HALF_UP);
        return Figure.amount(value);
    }
}
