package org.fazhi.disclosure.feed;

import java.time.Clock;
import java.util.List;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The feed entries of publications written in bulk with their whole history (the province generator, the demo):
 * what the events would have appended one by one, appended in the order it happened, in the writer's transaction,
 * under the same append lock ({@link FeedRepository}), so a consumer's cursor stays good across a generated county.
 */
@Component
public class FeedHistory {

    private final FeedRepository repository;
    private final AgencyOptions agencies;
    private final Clock clock;

    FeedHistory(FeedRepository repository, AgencyOptions agencies, Clock clock) {
        this.repository = repository;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** Appends the entries of every publication of the county that has none yet; returns how many. */
    public long appendCounty(RegionCode county) {
        List<AgencyOptions.Option> options = agencies.within(DataScope.ofRegion(county));
        return repository.appendHistory(county, options.stream().mapToLong(AgencyOptions.Option::id).toArray(),
                options.stream().map(AgencyOptions.Option::name).toArray(String[]::new), clock.getZone().getId());
    }
}
