package org.fazhi.disclosure.portal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.fazhi.platform.PublishedContent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publications written straight into {@code disclosure.publication} with chosen texts, agencies, days and fines, for
 * searching: the original text says what the redacted one hides, so a test can prove the original is never searched.
 * (The whole flow from a decision to its publication is {@code DisclosureTestData} and the browser test.)
 */
final class PortalRows {

    private static final AtomicLong CASES = new AtomicLong(800_000_000L + System.nanoTime() % 1_000_000 * 100);

    /** One decision as published. */
    record Row(long agencyId, LocalDate decidedOn, String penalties, long fineFen, String items, String original,
               String redacted) {

        Row fined(String kinds, long fen) {
            return new Row(agencyId, decidedOn, kinds, fen, items, original, redacted);
        }

        Row citing(String item) {
            return new Row(agencyId, decidedOn, penalties, fineFen, item, original, redacted);
        }
    }

    private final JdbcClient jdbc;
    private final PublishedContent published;

    PortalRows(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    static Row row(long agencyId, LocalDate decidedOn, String redacted) {
        return new Row(agencyId, decidedOn, "WARNING,FINE", 50_000, "对未取得食品经营许可从事食品经营活动的行政处罚", redacted,
                redacted);
    }

    /** Inserts the row published ({@code PUBLISHED}) or in another state; answers its id and its decision number. */
    Inserted insert(Row row, String state) {
        long caseId = CASES.incrementAndGet();
        String number = "郏检罚〔" + row.decidedOn().getYear() + "〕" + caseId + "号";
        boolean wasPublished = !state.equals("PENDING");
        long id = jdbc.sql("""
                insert into disclosure.publication (case_id, decision_number, agency_id, region_code, decided_on,
                       due_on, state, decision_kind, party_name, natural_person, minor, penalties, fine_fen, items,
                       sections, original_text, spans, redacted_text, published_at, published_by, published_on,
                       expires_on, withdrawn_at, withdrawn_by, withdrawal_reason)
                values (?, ?, ?, '410425', ?, ?, ?, 'PENALTY', '张三丰', true, false, ?, ?, ?, '[]', ?, '[]', ?,
                        case when ? then now() end, case when ? then 'legal' end, case when ? then ?::date end,
                        ?::date + 1000, case when ? = 'WITHDRAWN' then now() end,
                        case when ? = 'WITHDRAWN' then 'legal' end, case when ? = 'WITHDRAWN' then '原决定已被撤销' end)
                returning id""")
                .params(caseId, number, row.agencyId(), row.decidedOn(), row.decidedOn().plusDays(9), state,
                        row.penalties(), row.fineFen(), row.items(), row.original(), row.redacted(), wasPublished,
                        wasPublished, wasPublished, row.decidedOn(), row.decidedOn(), state, state, state)
                .query(Long.class).single();
        published.changed("disclosure"); // as the publication's own writes do: kept renderings are stale now
        return new Inserted(id, number);
    }

    record Inserted(long id, String number) {
    }
}
