package org.fazhi.catalog.item;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An item indicator: a count per owning agency of the items in force on the period's last day. The agencies and
 * their names come from the registry's directory (the catalog never reads registry tables), so every agency of the
 * region has a row, with 0 when it has nothing to count.
 */
final class ItemTally implements Indicator {

    /** Restricts a query to the item versions (alias {@code i}) in force on {@code :day}. */
    static final String IN_FORCE = "i.effective_from <= :day and (i.effective_to is null or i.effective_to >= :day)";

    private final String code;
    private final String sql;
    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    /** {@code sql} yields (agency_id, numerator) for the day {@code :day} and the region pattern {@code :region}. */
    ItemTally(String code, String sql, JdbcClient jdbc, AgencyDirectory agencies) {
        this.code = code;
        this.sql = sql;
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Unit unit() {
        return Unit.COUNT;
    }

    @Override
    public Measurement measure(RegionCode region, Period period) {
        Map<Long, Long> counts = jdbc.sql(sql).param("day", period.asOf()).param("region", region.value() + "%")
                .query((rs, n) -> Map.entry(rs.getLong("agency_id"), rs.getLong("numerator"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<AgencyFigure> rows = agencies.within(DataScope.ofRegion(region)).stream()
                .map(agency -> new AgencyFigure(agency.id(), agency.name(),
                        Figure.count(counts.getOrDefault(agency.id(), 0L))))
                .toList();
        return new Measurement(Figure.count(counts.values().stream().mapToLong(Long::longValue).sum()), rows);
    }
}
