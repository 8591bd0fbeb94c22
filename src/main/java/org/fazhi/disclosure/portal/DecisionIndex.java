package org.fazhi.disclosure.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published decisions as the portal reads them from {@code disclosure.publication}: never the party's name as
 * registered nor the original text, only the redacted text and fields that name no person. A search is the first
 * page newest first plus a count that stops at {@link #COUNT_LIMIT}, so a keyword found in nearly every decision
 * (处罚) costs what a rare one does; of the decisions found only the page's rows are read in full. A keyword is found through the county's own pair keys (migration
 * V2026_12_09_10): their posting lists hold only the county's decisions. The keys are written into the statement as
 * a literal (they are integers): the planner then sees how common they are, where a prepared statement's generic
 * plan would choose once for all.
 */
@Repository
class DecisionIndex {

    static final int COUNT_LIMIT = 1_000;
    private static final String PUBLISHED = " where state = 'PUBLISHED' and region_code = ? and expires_on >= ?";
    private static final String COLUMNS = "id, decision_number, agency_id, decided_on, published_on, state,"
            + " natural_person, penalties, fine_fen, items, split_part(redacted_text, E'\\n', 1) as first_line";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ZoneId zone;

    DecisionIndex(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.zone = clock.getZone();
    }

    /** One page of the published decisions the query finds, newest decision first; the total stops past the limit. */
    Page<DecisionHit> search(PortalQuery query, LocalDate today, PageRequest asked) {
        PageRequest page = new PageRequest(Math.min(asked.number(), COUNT_LIMIT / asked.size() + 1), asked.size());
        List<Found> found = found(query, today);
        if (found.size() <= COUNT_LIMIT) {
            return page.page(rows(newestFirst(found, page)), found.size());
        }
        List<Object> params = new ArrayList<>();
        String where = where(query, today, Keywords.BY_ROW, params);
        params.add(page.size());
        params.add(page.offset());
        List<DecisionHit> hits = jdbc.sql("select " + COLUMNS + " from disclosure.publication" + where
                + " order by decided_on desc, id desc limit ? offset ?").params(params).query((rs, n) -> hit(rs)).list();
        return page.page(hits, found.size());
    }

    /** A decision found, with what orders it: nothing of its text is read until it is on the page. */
    private record Found(long id, LocalDate decidedOn) {
    }

    /**
     * Up to one past the limit of the decisions found, from the county's pair keys (or its date order when no
     * keyword is given), never along the date order with a keyword: walking it would test the keys of every row
     * until enough are found, where the pair index finds them at once. A common keyword stops at the limit.
     */
    private List<Found> found(PortalQuery query, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(query, today, Keywords.BY_INDEX, params);
        return transaction.execute(status -> {
            jdbc.sql("set local enable_indexscan = off").update();
            return jdbc.sql("select id, decided_on from disclosure.publication" + where + " limit " + (COUNT_LIMIT + 1))
                    .params(params).query((rs, n) -> new Found(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                    .list();
        });
    }

    private static List<Long> newestFirst(List<Found> found, PageRequest page) {
        return found.stream().sorted(Comparator.comparing(Found::decidedOn).thenComparing(Found::id).reversed())
                .skip(page.offset()).limit(page.size()).map(Found::id).toList();
    }

    /** The page's decisions, in the order of their ids. */
    private List<DecisionHit> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DecisionHit> byId = jdbc.sql("select " + COLUMNS + " from disclosure.publication where id in ("
                        + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") and state = 'PUBLISHED'")
                .query((rs, n) -> hit(rs)).list().stream()
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

    /** How a search finds its keywords' pairs: through the county's keys in the index, or in each row it reads. */
    private enum Keywords { BY_INDEX, BY_ROW }

    private static String where(PortalQuery query, LocalDate today, Keywords keywords, List<Object> params) {
        StringBuilder where = new StringBuilder(PUBLISHED);
        params.add(query.county().value());
        params.add(today);
        if (!query.keywords().isEmpty()) {
            where.append(keywords == Keywords.BY_INDEX
                    ? " and disclosure.county_pairs(region_code, search_bigrams) @> '"
                            + literal(query.keywords().keys(query.county())) + "'::int8[]"
                    : " and search_bigrams @> '" + literal(query.keywords().pairs()) + "'::int[]");
            for (String word : query.keywords().confirmedByPosition()) {
                where.append(" and (strpos(redacted_text, ?) > 0 or strpos(items, ?) > 0")
                        .append(" or strpos(decision_number, ?) > 0)");
                params.addAll(List.of(word, word, word));
            }
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

    private static void condition(StringBuilder where, List<Object> params, String sql, @Nullable Object value) {
        if (value != null) {
            where.append(sql);
            params.add(value);
        }
    }

    /** {@code {1,2,3}}: integers only, so nothing typed reaches the statement's text. */
    private static String literal(int[] codes) {
        return literal(Arrays.stream(codes).asLongStream().toArray());
    }

    private static String literal(long[] codes) {
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
