package org.fazhi.disclosure.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the portal's searches per day (indicator PORTAL_SEARCHES, 门户查询次数). A search is counted as it arrives,
 * before the published-pages cache answers it (see {@link PortalSearchCounting}), in memory; the counts are added to
 * {@code disclosure.portal_search} once a minute and when the application stops, so a burst of searches (a news
 * story) writes one row a minute instead of contending on one row per search. A crash loses at most a minute of
 * counting, which a figure of searches can bear.
 */
@Component
class PortalSearches implements Indicator {

    static final String CODE = "PORTAL_SEARCHES";

    private final Map<LocalDate, LongAdder> unsaved = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RegionCode county;

    PortalSearches(JdbcClient jdbc, Clock clock, @Value("${fazhi.region-code}") String county) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.county = RegionCode.of(county);
    }

    void counted() {
        unsaved.computeIfAbsent(LocalDate.now(clock), day -> new LongAdder()).increment();
    }

    /** Adds what was counted since the last time to the table. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    @PreDestroy
    void save() {
        for (Map.Entry<LocalDate, LongAdder> day : unsaved.entrySet()) {
            long searches = day.getValue().sumThenReset();
            if (searches > 0) {
                jdbc.sql("""
                        insert into disclosure.portal_search (day, region_code, searches) values (?, ?, ?)
                        on conflict (day, region_code) do update set searches = portal_search.searches + excluded.searches""")
                        .params(day.getKey(), county.value(), searches).update();
            }
            unsaved.remove(day.getKey(), day.getValue());
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Unit unit() {
        return Unit.TIMES;
    }

    /** The searches of the portals of the region's counties over the period; not per agency (nobody is signed in). */
    @Override
    public Measurement measure(RegionCode region, Period period) {
        save();
        long searches = jdbc.sql("""
                select coalesce(sum(searches), 0) from disclosure.portal_search
                 where region_code like ? and day between ? and ?""")
                .params(region.county().value() + "%", period.from(), period.to()).query(Long.class).single();
        return new Measurement(Figure.count(searches), List.of());
    }
}
