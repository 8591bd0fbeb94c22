package org.fazhi.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.fazhi.inspection.frequency.FrequencyRules;
import org.fazhi.inspection.frequency.VisitKind;
import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which enterprises were inspected beyond the county's yearly caps (涉企检查频次上限, {@code fazhi.inspection.cap-*}),
 * and for which the approvers let inspections over a cap go ahead (超频次审批, frequency outcome ESCALATE). Counts
 * inspections carried out (checked in or concluded, dated by the start of their window) and imported history, of
 * the kinds the caps count; a joint visit counts once across agencies and once for each of its agencies.
 */
@Service
public class InspectionFrequencyFacts {

    /** A party's inspections in a year against the caps: all agencies', and the busiest agency's. */
    public record OverCap(long partyId, int year, int inspections, int capAcrossAgencies, long busiestAgencyId,
                          int byBusiestAgency, int capPerAgency) {

        public boolean overAcrossAgencies() {
            return inspections > capAcrossAgencies;
        }

        public boolean overPerAgency() {
            return byBusiestAgency > capPerAgency;
        }
    }

    /** Inspections of a party approved over a cap since a day, with their task codes. */
    public record Escalations(long partyId, int count, List<String> taskCodes) {

        public Escalations {
            taskCodes = List.copyOf(taskCodes);
        }
    }

    /** Over the counties given, each party counted in each county apart (a county's caps are its own). */
    private static final String OVER_CAP = """
            with visits as (
                select t.region_code, t.id as visit, t.party_id, t.agency_ids
                  from inspection.task t
                 where t.region_code = any(:counties::text[]) and t.status in ('CHECKED_IN', 'CONCLUDED')
                   and t.window_from between :from and :to and t.kind in (:kinds) %1$s
                union all
                select h.region_code, -h.id, h.party_id, array[h.agency_id]
                  from inspection.imported_inspection h
                 where h.region_code = any(:counties::text[]) and h.enterprise and h.inspected_on between :from and :to
                   and h.kind in (:kinds) %2$s
            ), across_agencies as (
                select region_code, party_id, count(*) as n from visits group by region_code, party_id
            ), by_agency as (
                select region_code, party_id, agency_id, count(*) as n,
                       row_number() over (partition by region_code, party_id order by count(*) desc, agency_id) as rank
                  from visits, unnest(agency_ids) as agency_id
                 group by region_code, party_id, agency_id
            )
            select a.region_code, a.party_id, a.n as across_n, b.agency_id, b.n as agency_n
              from across_agencies a
              join by_agency b on b.region_code = a.region_code and b.party_id = a.party_id and b.rank = 1
             where a.n > :capAcross or b.n > :capAgency
             order by a.party_id""";

    private static final String ESCALATED = """
            select region_code, party_id, count(*) as n, array_agg(code order by window_from, id) as codes
              from inspection.task
             where region_code = any(:counties::text[]) and frequency_outcome = 'ESCALATE'
               and status in ('APPROVED', 'CHECKED_IN', 'CONCLUDED') and window_from >= :since %s
             group by region_code, party_id
            having count(*) >= :least
             order by party_id""";

    private final JdbcClient jdbc;
    private final InspectionProperties properties;

    InspectionFrequencyFacts(JdbcClient jdbc, InspectionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The county's parties inspected beyond a cap in the calendar year of {@code day}, up to that day. */
    public List<OverCap> overCaps(RegionCode county, LocalDate day) {
        return overCaps(List.of(county), day, OVER_CAP.formatted("", ""), Map.of()).get(county);
    }

    /**
     * The same for each county's parties, several counties in one read: by county (each county given has an entry),
     * a party answered only in the county it was given for.
     */
    public Map<RegionCode, List<OverCap>> overCaps(IdsByCounty parties, LocalDate day) {
        if (parties.isEmpty()) {
            return parties.answers(ArrayList::new);
        }
        return theirs(overCaps(parties.ids().keySet(), day, OVER_CAP.formatted(
                "and t.party_id = any(:parties::bigint[])", "and h.party_id = any(:parties::bigint[])"),
                Map.of("parties", parties.allIds())), parties, OverCap::partyId);
    }

    /** The county's parties with at least {@code least} inspections approved over a cap since {@code since}. */
    public List<Escalations> escalations(RegionCode county, LocalDate since, int least) {
        return escalations(ESCALATED.formatted(""), List.of(county), since, least, Map.of()).get(county);
    }

    /** The same for each county's parties, several counties in one read, by county (each county given has an entry). */
    public Map<RegionCode, List<Escalations>> escalations(IdsByCounty parties, LocalDate since, int least) {
        if (parties.isEmpty()) {
            return parties.answers(ArrayList::new);
        }
        return theirs(escalations(ESCALATED.formatted("and party_id = any(:parties::bigint[])"),
                parties.ids().keySet(), since, least, Map.of("parties", parties.allIds())), parties,
                Escalations::partyId);
    }

    /** The county and party of each of these tasks, by task, for events that name only the task. */
    public Map<Long, Map.Entry<RegionCode, Long>> partiesOfTasks(Collection<Long> taskIds) {
        Map<Long, Map.Entry<RegionCode, Long>> parties = new LinkedHashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.sql("select id, region_code, party_id from inspection.task where id = any(?) order by id")
                    .param(taskIds.toArray(Long[]::new))
                    .query(rs -> {
                        parties.put(rs.getLong(1), Map.entry(new RegionCode(rs.getString(2)), rs.getLong(3)));
                    });
        }
        return parties;
    }

    /** The party and county of a task, for an event that names only the task. */
    public Optional<Map.Entry<RegionCode, Long>> partyOfTask(long taskId) {
        return jdbc.sql("select region_code, party_id from inspection.task where id = ?").param(taskId)
                .query((rs, row) -> Map.entry(new RegionCode(rs.getString(1)), rs.getLong(2))).optional();
    }

    /** By county, each county given with an entry. */
    private Map<RegionCode, List<OverCap>> overCaps(Collection<RegionCode> counties, LocalDate day, String sql,
                                                    Map<String, ?> more) {
        Map<RegionCode, List<OverCap>> found = byCounty(counties);
        FrequencyRules rules = properties.frequencyRules();
        List<String> kinds = Arrays.stream(VisitKind.values()).filter(rules::countsTowardCaps).map(Enum::name)
                .toList();
        jdbc.sql(sql).param("counties", values(counties)).param("from", day.withDayOfYear(1)).param("to", day)
                .param("kinds", kinds).param("capAcross", rules.capAcrossAgencies())
                .param("capAgency", rules.capPerAgency()).params(more)
                .query(rs -> {
                    found.get(new RegionCode(rs.getString("region_code"))).add(new OverCap(rs.getLong("party_id"),
                            day.getYear(), rs.getInt("across_n"), rules.capAcrossAgencies(), rs.getLong("agency_id"),
                            rs.getInt("agency_n"), rules.capPerAgency()));
                });
        return found;
    }

    private Map<RegionCode, List<Escalations>> escalations(String sql, Collection<RegionCode> counties,
                                                           LocalDate since, int least, Map<String, ?> more) {
        Map<RegionCode, List<Escalations>> found = byCounty(counties);
        jdbc.sql(sql).param("counties", values(counties)).param("since", since).param("least", least)
                .params(more).query(rs -> {
                    found.get(new RegionCode(rs.getString("region_code"))).add(escalation(rs, 0));
                });
        return found;
    }

    private static <T> Map<RegionCode, List<T>> byCounty(Collection<RegionCode> counties) {
        Map<RegionCode, List<T>> found = new LinkedHashMap<>();
        counties.forEach(county -> found.put(county, new ArrayList<>()));
        return found;
    }

    /** Each county's answers about the parties asked for in it only. */
    private static <T> Map<RegionCode, List<T>> theirs(Map<RegionCode, List<T>> found, IdsByCounty parties,
                                                       ToLongFunction<T> partyOf) {
        found.forEach((county, answers) -> answers.removeIf(answer ->
                !parties.asked(county, partyOf.applyAsLong(answer))));
        return found;
    }

    private static String[] values(Collection<RegionCode> counties) {
        return counties.stream().map(RegionCode::value).toArray(String[]::new);
    }

    private static Escalations escalation(ResultSet rs, int row) throws SQLException {
        return new Escalations(rs.getLong("party_id"), rs.getInt("n"),
                Arrays.asList((String[]) rs.getArray("codes").getArray()));
    }
}
