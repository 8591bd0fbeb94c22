package org.fazhi.disclosure.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published decisions as the portal reads them: found in {@code disclosure.portal_entry} (migration
 * V2026_12_10_10: one short row per published decision, partitioned by county, so a county's matches lie on few
 * pages), shown from {@code disclosure.publication} — never the party's name as registered nor the original text, only
 * the redacted text and fields that name no person. A search is the first page newest first plus a count that stops
 * at {@link #COUNT_LIMIT}, so a keyword found in nearly every decision (处罚) costs what a rare one does; of the
 * decisions found only the page's rows are read in full. A word the pairs do not prove is confirmed in the text, a
 * fetch of the text each (about 10 µs warm, 1,001 texts 10-40 ms): its count stops at {@link #CONFIRMED_COUNT_LIMIT}
 * instead, and a page confirms the newest candidates one by one until it is full. The pairs are written into the
 * statement as a literal (they are integers), so that each search is planned for its own filters.
 */
@Repository
class DecisionIndex {

    static final int COUNT_LIMIT = 1_000;
    /** Where the count of a word confirmed in the text stops: 10 pages, each found decision a fetch of its text. */
    static final int CONFIRMED_COUNT_LIMIT = 200;
    /** The spans a search with many found looks back over, shortest first; the last is all dates. */
    private static final List<Period> SPANS = Arrays.asList(Period.ofMonths(1), Period.ofMonths(6), Period.ofYears(2),
            null);
    private static final String IN_PERIOD = " where region_code = ? and expires_on >= ?";
    private static final String COLUMNS = "id, decision_number, agency_id, decided_on, published_on, state,"
            + " natural_person, penalties, fine_fen, items, split_part(redacted_text, E'\\n', 1) as first_line";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    DecisionIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** One page of the published decisions the query finds, newest decision first; the total stops past the limit. */
    Page<DecisionHit> search(PortalQuery query, LocalDate today, PageRequest asked) {
        int limit = countLimit(query);
        PageRequest page = new PageRequest(Math.min(asked.number(), limit / asked.size() + 1), asked.size());
        List<Found> found = found(query, today, null, limit + 1);
        List<Long> onPage = found.size() <= limit
                ? found.stream().sorted(NEWEST_FIRST).skip(page.offset()).limit(page.size()).map(Found::id).toList()
                : newest(query, today, page);
        return page.page(rows(query.county(), onPage), found.size());
    }

    /** Where the query's count stops: past it the portal says "more than" and pages no further. */
    static int countLimit(PortalQuery query) {
        return query.keywords().confirmedByPosition().isEmpty() ? COUNT_LIMIT : CONFIRMED_COUNT_LIMIT;
    }

    /**
     * Many found: the page's newest among them, looked for in the last month before the query's end (or today), then
     * in a longer span, and so on: a span holds few decisions, so only its matches are read, never the rows of all
     * the keyword's decisions.
     */
    private List<Long> newest(PortalQuery query, LocalDate today, PageRequest page) {
        LocalDate end = query.to() != null ? query.to() : today;
        int wanted = Math.toIntExact(page.offset() + page.size());
        List<Found> found = List.of();
        for (Period span : SPANS) {
            found = found(query, today, span == null ? null : end.minus(span), wanted);
            if (found.size() == wanted) {
                break;
            }
        }
        return found.stream().skip(page.offset()).map(Found::id).toList();
    }

    /** A decision found, with what orders it: nothing of its text is read until it is on the page. */
    private record Found(long id, LocalDate decidedOn) {
    }

    private static final Comparator<Found> NEWEST_FIRST = Comparator.comparing(Found::decidedOn)
            .thenComparing(Found::id).reversed();

    /**
     * Up to {@code limit} decisions found, decided after {@code since} (if given) and then newest first, or in no
     * order when counting. A keyword is always read through the pair index (the pairs have no statistics, so the
     * planner takes every keyword for rare), which holds each decision's date too (migration V2026_12_11_10), so a
     * span or a date filter is part of the same scan; an agency filter joins its own index. Never a walk that tests
     * each row's pairs, which are kept out of line. Newest first, the candidates are ordered before a word
     * is confirmed in their texts ({@code offset 0} keeps the confirmation outside), so a page confirms about as many
     * texts as it shows, not every candidate of the span.
     */
    private List<Found> found(PortalQuery query, LocalDate today, @Nullable LocalDate since, int limit) {
        List<Object> params = new ArrayList<>();
        String filtered = " from disclosure.portal_entry" + where(query, today, params);
        String sql;
        if (since == null) {
            sql = "select publication_id, decided_on" + filtered + confirmed(query, params);
        } else {
            params.add(since);
            String newest = filtered + " and decided_on > ? order by decided_on desc, publication_id desc";
            String confirmed = confirmed(query, params);
            sql = confirmed.isEmpty() ? "select publication_id, decided_on" + newest
                    : "select publication_id, decided_on from (select publication_id, decided_on, decision_number,"
                      + " items, redacted_text" + newest + " offset 0) as candidate where true" + confirmed;
        }
        return jdbc.sql(sql + " limit " + limit).params(params)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** The page's decisions, in the order of {@code ids}, from the portal's copy: one more read of its pages. */
    private List<DecisionHit> rows(RegionCode county, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DecisionHit> byId = jdbc.sql("select publication_id as id, decision_number, agency_id, decided_on,"
                        + " penalties, fine_fen, split_part(redacted_text, E'\\n', 1) as first_line"
                        + " from disclosure.portal_entry where region_code = ? and publication_id in ("
                        + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                .param(county.value()).query((rs, n) -> hit(rs)).list().stream()
                .collect(Collectors.toMap(DecisionHit::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList(); // withdrawn since it was found
    }

    /** A decision on the portal: published and in its period, or withdrawn after publication (with its reason). */
    Optional<PublicDecision> find(long id, RegionCode county, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + ", redacted_text, withdrawal_reason, withdrawn_at"
                        + " from disclosure.publication where id = ? and region_code = ? and expires_on >= ?"
                        + " and (state = 'PUBLISHED' or state = 'WITHDRAWN' and published_at is not null)")
                .params(id, county.value(), today).query((rs, n) -> decision(rs, zone)).optional();
    }

    private static String where(PortalQuery query, LocalDate today, List<Object> params) {
        StringBuilder where = new StringBuilder(IN_PERIOD);
        params.add(query.county().value());
        params.add(today);
        if (!query.keywords().isEmpty()) {
            where.append(" and search_bigrams @> '").append(literal(query.keywords().pairs())).append("'::int[]");
        }
        if (query.agencies() != null) {
            where.append(query.agencies().isEmpty() ? " and false" : " and agency_id in ("
                    + query.agencies().stream().map(id -> "?").collect(Collectors.joining(", ")) + ")");
            params.addAll(query.agencies().stream().sorted().toList());
        }
        if (query.penalty() != null) {
            where.append(" and (',' || penalties || ',') like ?");
            params.add("%," + query.penalty().name() + ",%");
        }
        condition(where, params, " and strpos(items, ?) > 0", query.item());
        condition(where, params, " and fine_fen >= ?", query.fineFromFen());
        condition(where, params, " and fine_fen <= ?", query.fineToFen());
        condition(where, params, " and decided_on >= ?", query.from());
        condition(where, params, " and decided_on <= ?", query.to());
        return where.toString();
    }

    /** The words the pairs do not prove, each found in the decision's number, items or text. */
    private static String confirmed(PortalQuery query, List<Object> params) {
        StringBuilder confirmed = new StringBuilder();
        for (String word : query.keywords().confirmedByPosition()) {
            // The short fields first: a word they hold spares fetching the text.
            confirmed.append(" and (strpos(decision_number, ?) > 0 or strpos(items, ?) > 0")
                    .append(" or strpos(redacted_text, ?) > 0)");
            params.addAll(List.of(word, word, word));
        }
        return confirmed.toString();
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, @Nullable Object value) {
        if (value != null) {
            where.append(sql);
            params.add(value);
        }
    }

    private static String literal(int[] codes) {
        return Arrays.stream(codes).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static DecisionHit hit(ResultSet rs) throws SQLException {
        return new DecisionHit(rs.getLong("id"), rs.getString("decision_number"), rs.getLong("agency_id"),
                rs.getObject("decided_on", LocalDate.class), DecisionHit.party(rs.getString("first_line")),
                DecisionHit.penalties(rs.getString("penalties")), rs.getLong("fine_fen"));
    }

    private static PublicDecision decision(ResultSet rs, ZoneId zone) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new PublicDecision(hit(rs), rs.getObject("published_on", LocalDate.class),
                DecisionHit.items(rs.getString("items")), List.of(rs.getString("redacted_text").split("\n")),
                rs.getString("withdrawal_reason"),
                withdrawn == null ? null : withdrawn.toInstant().atZone(zone).toLocalDate());
    }
}
