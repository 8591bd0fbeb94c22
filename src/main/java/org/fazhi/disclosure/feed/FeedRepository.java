package org.fazhi.disclosure.feed;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed's entries in {@code disclosure.feed_entry}: appended in commit order, read after a cursor.
 * <p>
 * Why the lock: a sequence hands out ids when a row is inserted, not when its transaction commits. Two publishing
 * transactions may take ids 7 and 8 and commit 8 first; a consumer reading then gets 8 and keeps cursor 8, and
 * when 7 commits it is never handed out ({@code id > 8}). So every append first takes one transaction-scoped
 * advisory lock, held until commit or rollback: the next appender gets its id only after the previous appender's
 * transaction has ended, and PostgreSQL makes a commit visible before it releases the transaction's locks. Ids
 * therefore grow in commit order, every reader sees a prefix of them (gaps are rolled-back ids, which never
 * appear), and {@code id > cursor} never skips nor repeats. The cost is that appends queue: they are made just
 * before commit ({@link PublicationFeed}), after all of the transaction's row locks, so the lock is held only for
 * the commit itself, and it is always the last lock a transaction asks for, so it cannot close a deadlock.
 */
@Repository
class FeedRepository {

    private static final long APPEND_LOCK = 0x4641_5a48_4645_4544L; // "FAZHFEED"

    /** What to append: the publication's kind of change and what the publication does not itself hold. */
    record Append(FeedEntry.Kind kind, long publicationId, String agencyName, @Nullable LocalDate withdrawnOn,
                  @Nullable LocalDate expiredOn) {
    }

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends in the given order, in the caller's transaction, after taking the append lock (see above). */
    void append(List<Append> appends) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Integer.class).single();
        appends.forEach(this::append);
    }

    private void append(Append a) {
        // The party as the portal shows it: an organisation's name; a person's name only as its redaction.
        jdbc.sql("""
                insert into disclosure.feed_entry (kind, publication_id, decision_number, agency_id, agency_name,
                       region_code, decided_on, decision_kind, penalties, fine_fen, items, party, published_on,
                       expires_on, withdrawn_on, withdrawal_reason, expired_on)
                select :kind, p.id, p.decision_number, p.agency_id, :agencyName, p.region_code, p.decided_on,
                       p.decision_kind, p.penalties, p.fine_fen, p.items,
                       case when not p.natural_person then p.party_name
                            else (select s ->> 'replacement' from jsonb_array_elements(p.spans) s
                                   where s ->> 'original' = p.party_name limit 1) end,
                       p.published_on, p.expires_on, :withdrawnOn,
                       case when :kind = 'WITHDRAWN' then p.withdrawal_reason end, :expiredOn
                  from disclosure.publication p where p.id = :publication""")
                .param("kind", a.kind().name()).param("agencyName", a.agencyName())
                .param("withdrawnOn", a.withdrawnOn()).param("expiredOn", a.expiredOn())
                .param("publication", a.publicationId()).update();
    }

    /**
     * The entries of the county's publications that have none, in the order their changes happened (published,
     * withdrawn after publication, expired), after the append lock; the party as {@link #append} words it.
     */
    long appendHistory(RegionCode county, long[] agencyIds, String[] agencyNames, String zone) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Integer.class).single();
        return jdbc.sql("""
                insert into disclosure.feed_entry (kind, publication_id, decision_number, agency_id, agency_name,
                       region_code, decided_on, decision_kind, penalties, fine_fen, items, party, published_on,
                       expires_on, withdrawn_on, withdrawal_reason, expired_on)
                select e.kind, p.id, p.decision_number, p.agency_id, coalesce(a.name, ''), p.region_code,
                       p.decided_on, p.decision_kind, p.penalties, p.fine_fen, p.items,
                       case when not p.natural_person then p.party_name
                            else (select s ->> 'replacement' from jsonb_array_elements(p.spans) s
                                   where s ->> 'original' = p.party_name limit 1) end,
                       p.published_on, p.expires_on,
                       case when e.kind = 'WITHDRAWN' then (p.withdrawn_at at time zone :zone)::date end,
                       case when e.kind = 'WITHDRAWN' then p.withdrawal_reason end,
                       case when e.kind = 'EXPIRED' then p.expires_on end
                  from disclosure.publication p
                  left join unnest(:ids::bigint[], :names::text[]) a(id, name) on a.id = p.agency_id
                 cross join lateral (values ('PUBLISHED', p.published_at, 1),
                        ('WITHDRAWN', case when p.state = 'WITHDRAWN' then p.withdrawn_at end, 2),
                        ('EXPIRED', case when p.state = 'EXPIRED' then p.expires_on::timestamptz end, 3))
                       e(kind, happened, step)
                 where p.region_code like :county and p.published_at is not null and e.happened is not null
                   and not exists (select 1 from disclosure.feed_entry f where f.publication_id = p.id)
                 order by e.happened, p.id, e.step""")
                .param("zone", zone).param("ids", agencyIds).param("names", agencyNames)
                .param("county", county.county().value() + "%").update();
    }

    /** Up to {@code limit} entries after the cursor, oldest first. */
    List<FeedEntry> after(long cursor, int limit) {
        return jdbc.sql("""
                select e.*, p.state = 'PUBLISHED' as on_portal,
                       case when e.kind = 'PUBLISHED' and p.state = 'PUBLISHED' then p.redacted_text end as text
                  from disclosure.feed_entry e join disclosure.publication p on p.id = e.publication_id
                 where e.id > ? order by e.id limit ?""")
                .param(cursor).param(limit).query((rs, n) -> entry(rs)).list();
    }

    /** The newest cursor there is (0 for an empty feed): a cursor beyond it was never handed out. */
    long latest() {
        return jdbc.sql("select coalesce(max(id), 0) from disclosure.feed_entry").query(Long.class).single();
    }

    private static FeedEntry entry(ResultSet rs) throws SQLException {
        String penalties = rs.getString("penalties");
        return new FeedEntry(rs.getLong("id"), FeedEntry.Kind.valueOf(rs.getString("kind")),
                rs.getLong("publication_id"), rs.getString("decision_number"), rs.getLong("agency_id"),
                rs.getString("agency_name"), rs.getString("region_code"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decision_kind"),
                penalties.isBlank() ? List.of() : Arrays.asList(penalties.split(",")),
                BigDecimal.valueOf(rs.getLong("fine_fen"), 2), rs.getString("items"), rs.getString("party"),
                rs.getObject("published_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawal_reason"),
                rs.getObject("expired_on", LocalDate.class), rs.getBoolean("on_portal"), rs.getString("text"));
    }
}
