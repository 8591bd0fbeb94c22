package org.fazhi.disclosure.generation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.fazhi.disclosure.publication.PublishingRules;
import org.fazhi.disclosure.feed.FeedHistory;
import org.fazhi.platform.DemoMode;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's publications in every state, so that the legal office's list, the portal, the PDF and the
 * indicators have something to show on the first start. The demo cases (order 40) left one pending publication per
 * decision; each is given its fate as generated history is ({@link PublicationFate}), except the latest decision,
 * which stays PENDING. Then, where chance left a state empty: the latest published one is withdrawn (a
 * reconsideration revoked it), and, since every demo decision is less than a year old and the legal period is
 * three years, the oldest published one is shown EXPIRED at the end of the shorter period a county may set
 * ({@code fazhi.disclosure.minor-period}) — a demo concession, logged as such. Runs once; never outside demo mode.
 */
@Component
@Order(45)
class DemoPublications implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPublications.class);

    private record Pending(long id, long agencyId, LocalDate decidedOn, LocalDate dueOn, boolean minor) {
    }

    private final DemoMode demoMode;
    private final PublishingRules rules;
    private final JdbcClient jdbc;
    private final FeedHistory feed;
    private final TransactionTemplate transaction;
    private final PublishedContent published;
    private final Clock clock;
    private final RegionCode county;
    private final long seed;

    DemoPublications(DemoMode demoMode, PublishingRules rules, JdbcClient jdbc, FeedHistory feed, TransactionTemplate transaction,
                     PublishedContent published, Clock clock, @Value("${fazhi.region-code}") String county,
                     @Value("${fazhi.demo.seed:20261123}") long seed) {
        this.demoMode = demoMode;
        this.rules = rules;
        this.jdbc = jdbc;
        this.feed = feed;
        this.transaction = transaction;
        this.published = published;
        this.clock = clock;
        this.county = RegionCode.of(county);
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || handledBefore()) {
            return;
        }
        transaction.executeWithoutResult(status -> handle());
    }

    private void handle() {
        List<Pending> pending = jdbc.sql("""
                select id, agency_id, decided_on, due_on, minor from disclosure.publication
                 where region_code = ? and state = 'PENDING' order by decided_on, id""").param(county.value())
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5))).list();
        if (pending.size() < 4) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        WorkdayCalendar calendar = WorkdayCalendar.china();
        for (Pending p : pending.subList(0, pending.size() - 1)) {
            PublicationFate fate = PublicationFate.of(new PublicationFate.Decided(p.agencyId(), p.decidedOn(),
                    p.dueOn(), rules.periodFor(p.minor())), today, calendar, clock.getZone(),
                    new SplittableRandom(seed + p.id()));
            write(p.id(), fate);
        }
        if (count("WITHDRAWN") == 0) {
            latestPublished().ifPresent(id -> jdbc.sql("""
                    update disclosure.publication set state = 'WITHDRAWN', withdrawn_at = published_at + interval '20 days',
                           withdrawn_by = published_by, withdrawal_reason = ?, version = version + 1 where id = ?""")
                    .params(PublicationFate.REASONS[2], id).update());
        }
        if (count("EXPIRED") == 0) {
            log.info("演示县：决定均不足一年，以较短公示期限展示一条期满下网的公示");
            jdbc.sql("""
                    update disclosure.publication set state = 'EXPIRED', expires_on = published_on + ?::interval,
                           version = version + 1
                     where id = (select id from disclosure.publication where region_code = ? and state = 'PUBLISHED'
                                    and published_on + ?::interval < ? order by published_on, id limit 1)""")
                    .params(rules.periodFor(true).toString(), county.value(), rules.periodFor(true).toString(),
                            LocalDate.now(clock)).update();
        }
        feed.appendCounty(county);
        published.changed("disclosure");
        log.info("演示县处罚决定公示：{}", jdbc.sql("""
                select string_agg(state || ' ' || n, '，' order by state) from (select state, count(*) n
                  from disclosure.publication where region_code = ? group by state) s""").param(county.value())
                .query(String.class).single());
    }

    private void write(long id, PublicationFate f) {
        jdbc.sql("""
                update disclosure.publication
                   set state = :state, published_at = :publishedAt, published_by = :publishedBy,
                       published_on = :publishedOn, expires_on = :expiresOn, withdrawn_at = :withdrawnAt,
                       withdrawn_by = :withdrawnBy, withdrawal_reason = :reason, overdue_raised_at = :raised,
                       version = version + :version
                 where id = :id and state = 'PENDING'""")
                .param("state", f.state()).param("publishedAt", f.publishedAt()).param("publishedBy", f.publishedBy())
                .param("publishedOn", f.publishedOn()).param("expiresOn", f.expiresOn())
                .param("withdrawnAt", f.withdrawnAt()).param("withdrawnBy", f.withdrawnBy())
                .param("reason", f.withdrawalReason()).param("raised", f.overdueRaisedAt())
                .param("version", f.version()).param("id", id).update();
    }

    /** Any publication of the county past PENDING: the demo's publications were handled before (or by a user). */
    private boolean handledBefore() {
        return jdbc.sql("select exists (select 1 from disclosure.publication where region_code = ? and state <> 'PENDING')")
                .param(county.value()).query(Boolean.class).single();
    }

    private long count(String state) {
        return jdbc.sql("select count(*) from disclosure.publication where region_code = ? and state = ?")
                .params(county.value(), state).query(Long.class).single();
    }

    private Optional<Long> latestPublished() {
        return jdbc.sql("""
                select id from disclosure.publication where region_code = ? and state = 'PUBLISHED'
                 order by published_on desc, id desc limit 1""").param(county.value()).query(Long.class).optional();
    }
}
