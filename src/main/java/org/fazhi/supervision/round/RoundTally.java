package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supervision indicator (rounds, transfers, accountability) from one query over a table aliased {@code t} with an {@code agency_id}: per agency and in
 * total (grouping sets) a numerator and a denominator. Params: {@code :county}, {@code :from}, {@code :to} (days),
 * {@code :today}. A count is the numerator; a rate the numerator over the denominator.
 */
public final class RoundTally implements Indicator {

    /** Per agency and in total: {@code figures} over {@code from} (aliased t) for the rows that match {@code where}. */
    public static String perAgency(String figures, String from, String where) {
        return """
                select case when grouping(t.agency_id) = 1 then null else t.agency_id end, %s
                  from %s
                 where t.region_code = :county and %s
                 group by grouping sets ((t.agency_id), ())""".formatted(figures, from, where);
    }

    private final String code;
    private final Unit unit;
    private final boolean rate;
    private final String sql;
    private final JdbcClient jdbc;
    private final AgencyOptions agencies;
    private final Clock clock;

    public RoundTally(String code, Unit unit, boolean rate, String sql, JdbcClient jdbc, AgencyOptions agencies,
               Clock clock) {
        this.code = code;
        this.unit = unit;
        this.rate = rate;
        this.sql = sql;
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
        return unit;
    }

    @Override
    public Measurement measure(RegionCode region, Period period) {
        Map<Long, long[]> rows = jdbc.sql(sql).param("county", region.county().value())
                .param("from", period.from()).param("to", period.to()).param("today", LocalDate.now(clock))
                .query((rs, n) -> Map.entry(rs.getObject(1) == null ? 0L : rs.getLong(1),
                        new long[] {rs.getLong(2), rs.getLong(3)}))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<AgencyFigure> byAgency = agencies.within(DataScope.ofRegion(region)).stream()
                .filter(agency -> rows.containsKey(agency.id()))
                .map(agency -> new AgencyFigure(agency.id(), agency.name(), figure(rows.get(agency.id()))))
                .toList();
        return new Measurement(figure(rows.getOrDefault(0L, new long[2])), byAgency);
    }

    private Figure figure(long[] row) {
        return rate ? Figure.rate(row[0], row[1]) : Figure.count(row[0]);
    }
}
