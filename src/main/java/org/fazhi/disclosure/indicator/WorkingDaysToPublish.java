package org.fazhi.disclosure.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
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
 * 平均公示用时: the average number of working days from the decision to its publication, over the publications
 * published within the period, on the same working-day calendar the 7-day period is counted on (the day of the
 * decision not counted: published the next working day is 1). Counted in Java, since the calendar's holidays and
 * make-up days are not in the database; a county's year is some thousands of rows. The figure keeps the sum of days
 * as numerator and the publications as denominator.
 */
final class WorkingDaysToPublish implements Indicator {

    static final String CODE = "PUBLICATION_AVERAGE_WORKING_DAYS";

    private final JdbcClient jdbc;
    private final AgencyOptions agencies;
    private final Clock clock;
    private final WorkdayCalendar calendar = WorkdayCalendar.china();

    WorkingDaysToPublish(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Unit unit() {
        return Unit.WORKING_DAYS;
    }

    @Override
    public Measurement measure(RegionCode region, Period period) {
        Map<Long, long[]> sums = new HashMap<>();
        long[] total = new long[2];
        jdbc.sql("""
                select p.agency_id, p.decided_on, p.published_on from disclosure.publication p
                 where p.region_code = :county and p.published_on between :from and :to""")
                .params(PublicationTally.params(region, period, clock)).query((rs, n) -> {
                    int days = calendar.workingDaysBetween(rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class));
                    long[] sum = sums.computeIfAbsent(rs.getLong(1), agency -> new long[2]);
                    sum[0] += days;
                    sum[1]++;
                    total[0] += days;
                    total[1]++;
                    return days;
                }).list();
        List<AgencyFigure> byAgency = agencies.within(DataScope.ofRegion(region)).stream()
                .filter(agency -> sums.containsKey(agency.id()))
                .map(agency -> new AgencyFigure(agency.id(), agency.name(), average(sums.get(agency.id()))))
                .toList();
        return new Measurement(average(total), byAgency);
    }

    /** Days ÷ publications to two decimals; no value over no publication. */
    private static Figure average(long[] sum) {
        BigDecimal value = sum[1] == 0 ? null : BigDecimal.valueOf(sum[0])
                .divide(BigDecimal.valueOf(sum[1]), 2, RoundingMode.HALF_UP);
        return new Figure(value, sum[0], sum[1], false);
    }
}
