package org.fazhi.disclosure.generation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.fazhi.casework.DecisionText;
import org.fazhi.casework.DecisionTexts;
import org.fazhi.disclosure.publication.PublishingRules;
import org.fazhi.disclosure.feed.FeedHistory;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.DataImported;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A county's generated publications, in one transaction: casework's decided cases read a page at a time
 * ({@link DecisionTexts#ofCounty}), each decision the rules publish redacted by the real redaction, its fate drawn
 * ({@link PublicationFate}) from a random stream of its own (seed and case id, so a page size or a skipped case
 * changes no other), and written in JDBC batches. Deterministic for the seed and the day.
 */
@Component
public class CountyPublications {

    /**
     * What was written for one county, by state, and where the time went: reading casework's decisions, drafting
     * (redaction and fate) and writing the rows.
     */
    public record Written(long decisions, long publications, long redactions, Map<String, Long> byState,
                          long readMillis, long draftMillis, long writeMillis) {
    }

    static final int PAGE = 2_000;

    private final DecisionTexts decisions;
    private final PublishingRules rules;
    private final PublicationRows rows;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PublishedContent published;
    private final FeedHistory feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkdayCalendar calendar = WorkdayCalendar.china();

    CountyPublications(DecisionTexts decisions, PublishingRules rules, PublicationRows rows, JdbcClient jdbc,
                       TransactionTemplate transaction, PublishedContent published, FeedHistory feed,
                       ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.rules = rules;
        this.rows = rows;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.published = published;
        this.feed = feed;
        this.events = events;
        this.clock = clock;
    }

    /** Whether any publication of the county exists: a generator resuming a province skips it. */
    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from disclosure.publication where region_code like ?)")
                .param(county.county().value() + "%").query(Boolean.class).single();
    }

    public Written generate(RegionCode county, long seed) {
        if (hasAny(county)) {
            throw new IllegalStateException("县 " + county + " 已有公示数据，不再生成");
        }
        Written written = Objects.requireNonNull(transaction.execute(status -> generateIn(county, seed)));
        events.publishEvent(new DataImported("disclosure.publication", county, written.publications(), 0));
        return written;
    }

    private Written generateIn(RegionCode county, long seed) {
        LocalDate today = LocalDate.now(clock);
        long read = 0;
        long redactions = 0;
        long written = 0;
        Map<String, Long> byState = new TreeMap<>();
        long after = 0;
        long[] nanos = new long[3];
        while (true) {
            long started = System.nanoTime();
            List<DecisionText> page = decisions.ofCounty(county, after, PAGE);
            nanos[0] += System.nanoTime() - started;
            if (page.isEmpty()) {
                break;
            }
            started = System.nanoTime();
            List<PublicationRows.Written> batch = new ArrayList<>(page.size());
            for (DecisionText text : page) {
                read++;
                after = text.caseId();
                var draft = rules.draft(text);
                if (draft.isEmpty()) {
                    continue;
                }
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + text.caseId());
                PublicationFate fate = PublicationFate.of(PublicationFate.Decided.of(draft.get()), today, calendar, clock.getZone(), random);
                batch.add(new PublicationRows.Written(draft.get(), fate));
                redactions += draft.get().redactions();
                byState.merge(fate.state(), 1L, Long::sum);
            }
            nanos[1] += System.nanoTime() - started;
            started = System.nanoTime();
            written += rows.write(batch);
            nanos[2] += System.nanoTime() - started;
        }
        feed.appendCounty(county);
        published.changed("disclosure");
        return new Written(read, written, redactions, byState, nanos[0] / 1_000_000, nanos[1] / 1_000_000,
                nanos[2] / 1_000_000);
    }
}
