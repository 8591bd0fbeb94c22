package org.fazhi.disputes.reconsideration;

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
 * A reconsideration indicator from one query over {@code disputes.reconsideration r}, by respondent agency and in
 * total (grouping sets): a numerator and a denominator over the county's cases that match {@code where}. Params:
 * {@code :county}, {@code :from}, {@code :to}. A count is the numerator; a rate the numerator over the denominator.
 */
final class ReconsiderationTally implements Indicator {

    private final String code;
    private final Unit unit;
    private final boolean rate;
    private final String sql;
    private final JdbcClient jdbc;
    private final AgencyOptions agencies;

    ReconsiderationTally(String code, Unit unit, boolean rate, String figures, String where, JdbcClient jdbc,
                         AgencyOptions agencies) {
        this.code = code;
        this.unit = unit;
        this.rate = rate;
        this.sql = """
                select case when grouping(r.agency_id) = 1 then null else r.agency_id end, %s
                  from disputes.reconsideration r
                 where r.region_code = :county and %s
                 group by grouping sets ((r.agency_id), ())""".formatted(figures, where);
        this.jdbc = jdbc;
        this.agencies = agencies;
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
                .param("from", period.from()).param("to", period.to())
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
