package org.fazhi.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The fines a county's agencies decided (罚款 in a penalty decision, general or on-the-spot procedure), each with its
 * agency, party, items, handlers (承办人) and day of decision: what 趋利性执法 and 以罚代管 are looked for in.
 */
@Service
public class FineFacts {

    /** One decided fine. {@code itemCodes} are the cited items' codes (stable across catalog versions). */
    public record Fine(long caseId, String caseCode, long agencyId, long partyId, List<Long> itemIds,
                       List<String> itemCodes, List<Long> handlerIds, Money fine, LocalDate decidedOn) {

        public Fine {
            itemIds = List.copyOf(itemIds);
            itemCodes = List.copyOf(itemCodes);
            handlerIds = List.copyOf(handlerIds);
        }
    }

    /**
     * The county's decisions of the period (by {@code penalty_case_decided_idx}), each with its decided fine looked
     * up by the case. {@code offset 0} keeps PostgreSQL from flattening the lookup into a join that reads every
     * county's decided penalties to find this county's few thousand.
     */
    private static final String FINES = """
            select c.id, c.code, c.agency_id, c.party_id, c.item_ids, c.item_codes, c.handler_ids, p.fine_fen,
                   c.decided_on, c.region_code
              from casework.penalty_case c
              cross join lateral (select p.fine_fen from casework.proposal p
                                   where p.case_id = c.id and p.stage = 'DECIDED' and p.kind = 'PENALTY'
                                     and p.fine_fen > 0 offset 0) p
             where c.region_code = :county and c.decided_on between :from and :to %s""";
    private static final String SELECT = FINES + " order by c.decided_on, c.id";
    /**
     * Some agencies' or parties' fines, each one's read by its own index: an agency's days of decision
     * ({@code penalty_case_agency_decided_idx}), a party's cases ({@code penalty_case_party_idx}). Read by the
     * counties' days instead, a batch spread over 39 counties read 3,586 decisions a county to keep 253.
     */
    private static final String SELECT_OF_AGENCIES = ofEach("agency_id");
    private static final String SELECT_OF_PARTIES = ofEach("party_id");
    private static final Comparator<Fine> IN_ORDER_DECIDED = Comparator.comparing(Fine::decidedOn)
            .thenComparingLong(Fine::caseId);

    private final JdbcClient jdbc;

    FineFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's fines decided from {@code from} to {@code to}, both included, in the order decided. */
    public List<Fine> decided(RegionCode county, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT.formatted("")).param("county", county.value()).param("from", from).param("to", to)
                .query(FineFacts::fine).list();
    }

    /**
     * The county's fines in the period that belong to a series: at least {@code least} fines by one agency of one
     * party citing one item code. Grouped in the database, so a county's thousands of fines come back as the few
     * series' fines only; in the order decided.
     */
    public List<Fine> inSeries(RegionCode county, LocalDate from, LocalDate to, int least) {
        return jdbc.sql("""
                with fine as (%s),
                series as (
                  select f.agency_id, f.party_id, i.code
                    from fine f cross join lateral (select distinct unnest(f.item_codes)) as i(code)
                   group by 1, 2, 3 having count(*) >= :least)
                select * from fine f
                 where exists (select 1 from series s where s.agency_id = f.agency_id and s.party_id = f.party_id
                                                        and s.code = any(f.item_codes))
                 order by f.decided_on, f.id""".formatted(FINES.formatted("")))
                .param("county", county.value()).param("from", from).param("to", to).param("least", least)
                .query(FineFacts::fine).list();
    }

    /**
     * Each county's agencies' fines in the period, by county (every county given has an entry), read at once for
     * all the counties: a batch of events spread over the province asks once, not once per county, and each agency's
     * fines are read by its own days of decision.
     */
    public Map<RegionCode, List<Fine>> decidedByAgencies(IdsByCounty agencies, LocalDate from, LocalDate to) {
        return read(SELECT_OF_AGENCIES, Fine::agencyId, agencies, from, to);
    }

    /** Each county's parties' fines in the period, by county, read at once for all the counties. */
    public Map<RegionCode, List<Fine>> decidedAgainst(IdsByCounty parties, LocalDate from, LocalDate to) {
        return read(SELECT_OF_PARTIES, Fine::partyId, parties, from, to);
    }

    /** One read for every county's ids; a row is kept for its own county's ids only, as each county's read would. */
    private Map<RegionCode, List<Fine>> read(String select, ToLongFunction<Fine> idOf, IdsByCounty asked,
                                             LocalDate from, LocalDate to) {
        Map<RegionCode, List<Fine>> found = asked.answers(ArrayList::new);
        if (asked.isEmpty()) {
            return found;
        }
        jdbc.sql(select).param("ids", asked.allIds()).param("from", from).param("to", to)
                .query(rs -> {
                    RegionCode county = new RegionCode(rs.getString(10));
                    Fine fine = fine(rs, 0);
                    if (asked.asked(county, idOf.applyAsLong(fine))) {
                        found.get(county).add(fine);
                    }
                });
        found.values().forEach(fines -> fines.sort(IN_ORDER_DECIDED));
        return found;
    }

    /** The fines of the ids given, each id's read on its own by {@code column}. */
    private static String ofEach(String column) {
        return "select f.* from unnest(:ids::bigint[]) as a(id) cross join lateral ("
                + FINES.formatted("").replace("c.region_code = :county", "c." + column + " = a.id") + " offset 0) f";
    }

    private static Fine fine(ResultSet rs, int row) throws SQLException {
        return new Fine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                Arrays.asList((Long[]) rs.getArray(5).getArray()), Arrays.asList((String[]) rs.getArray(6).getArray()),
                Arrays.asList((Long[]) rs.getArray(7).getArray()), Money.ofFen(rs.getLong(8)),
                rs.getObject(9, LocalDate.class));
    }
}
