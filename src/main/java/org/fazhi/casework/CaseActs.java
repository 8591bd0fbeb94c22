package org.fazhi.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.registry.UncertifiedPeriod;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who did the acts of a county's cases, asked in one query for a county or for one case: which acts were done by
 * an officer on a day he or she was not certified, and which by fewer than two officers. The officers of a filing
 * and a decision are the case's handlers (承办人) as the case holds them now.
 */
@Service
public class CaseActs {

    /** Every act with its officers and day, for the cases the filter {@code %s} on {@code c} keeps. */
    private static final String ACTS = """
            with act as (
                select c.id as case_id, c.code, c.agency_id, 'FILING' as kind, c.filed_on as on_day,
                       c.handler_ids as officers
                  from casework.penalty_case c where %1$s and c.filed_on is not null
                union all
                select c.id, c.code, c.agency_id, 'DECISION', c.decided_on, c.handler_ids
                  from casework.penalty_case c where %1$s and c.decided_on is not null
                union all
                select c.id, c.code, c.agency_id, 'EVIDENCE_RECORD', (r.started_at at time zone 'Asia/Shanghai')::date,
                       r.officer_ids
                  from casework.penalty_case c join casework.evidence_record r on r.case_id = c.id
                 where %1$s and r.region_code = c.region_code
                union all
                select c.id, c.code, c.agency_id, 'COMPULSORY_MEASURE',
                       coalesce((m.taken_at at time zone 'Asia/Shanghai')::date, m.started_on), m.officer_ids
                  from casework.penalty_case c join casework.compulsory_measure m on m.case_id = c.id
                 where %1$s and m.region_code = c.region_code and (m.taken_at is not null or m.started_on is not null))
            """;

    private final JdbcClient jdbc;

    CaseActs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's acts done by an officer within one of his or her uncertified periods; officers: those concerned. */
    public List<CaseAct> byUncertified(RegionCode county, Collection<UncertifiedPeriod> periods) {
        return byUncertified("c.region_code = :scope", county.county().value(), periods);
    }

    /** The same for these cases. */
    public List<CaseAct> byUncertified(Collection<Long> caseIds, Collection<UncertifiedPeriod> periods) {
        return caseIds.isEmpty() ? List.of()
                : byUncertified("c.id = any(:scope::bigint[])", caseIds.toArray(Long[]::new), periods);
    }

    /** Every officer who took part in an act of these cases: whose certificates matter to them. */
    public List<Long> officersOf(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : jdbc.sql(ACTS.formatted("c.id = any(:scope::bigint[])") + """
                select distinct o.officer_id from act a cross join lateral unnest(a.officers) as o(officer_id)
                 order by 1""").param("scope", caseIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** The county's cases in which the officer took part in an act (filing, decision, 笔录, measure). */
    public List<Long> casesActedBy(RegionCode county, long officerId) {
        return jdbc.sql(ACTS.formatted("c.region_code = :scope") + """
                select distinct a.case_id from act a where :officer = any(a.officers) order by a.case_id""")
                .param("scope", county.county().value()).param("officer", officerId).query(Long.class).list();
    }

    /** The county's cases in which any of these officers took part in an act. */
    public List<Long> casesActedBy(RegionCode county, Collection<Long> officerIds) {
        return officerIds.isEmpty() ? List.of() : jdbc.sql(ACTS.formatted("c.region_code = :scope") + """
                select distinct a.case_id from act a where a.officers && :officers::bigint[] order by a.case_id""")
                .param("scope", county.county().value()).param("officers", officerIds.toArray(Long[]::new))
                .query(Long.class).list();
    }

    /**
     * The county's acts since that day recorded with fewer than two distinct officers (第四十二条); officers: all
     * of them.
     */
    public List<CaseAct> withFewerThanTwoOfficers(RegionCode county, LocalDate since) {
        return withFewerThanTwoOfficers("c.region_code = :scope", county.county().value(), since);
    }

    /** The same for one case, whenever done. */
    public List<CaseAct> withFewerThanTwoOfficers(long caseId) {
        return withFewerThanTwoOfficers("c.id = :scope", caseId, UncertifiedPeriod.OPEN_START);
    }

    /** The same for these cases, whenever done. */
    public List<CaseAct> withFewerThanTwoOfficers(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : withFewerThanTwoOfficers("c.id = any(:scope::bigint[])",
                caseIds.toArray(Long[]::new), UncertifiedPeriod.OPEN_START);
    }

    /** The case a compulsory measure was taken in. */
    public Optional<Long> caseOfMeasure(long measureId) {
        return jdbc.sql("select case_id from casework.compulsory_measure where id = ?").param(measureId)
                .query(Long.class).optional();
    }

    /** The case a 笔录 belongs to. */
    public Optional<Long> caseOfEvidenceRecord(long recordId) {
        return jdbc.sql("select case_id from casework.evidence_record where id = ?").param(recordId)
                .query(Long.class).optional();
    }

    /** The cases these compulsory measures were taken in, by measure. */
    public Map<Long, Long> casesOfMeasures(Collection<Long> measureIds) {
        return casesOf("casework.compulsory_measure", measureIds);
    }

    /** The cases these 笔录 belong to, by record. */
    public Map<Long, Long> casesOfEvidenceRecords(Collection<Long> recordIds) {
        return casesOf("casework.evidence_record", recordIds);
    }

    private Map<Long, Long> casesOf(String table, Collection<Long> ids) {
        Map<Long, Long> cases = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, case_id from %s where id = any(?) order by id".formatted(table))
                    .param(ids.toArray(Long[]::new))
                    .query(rs -> {
                        cases.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return cases;
    }

    private List<CaseAct> byUncertified(String filter, Object scope, Collection<UncertifiedPeriod> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ACTS.formatted(filter) + """
                , period as materialized (select * from jsonb_to_recordset(:periods::jsonb)
                                            as p(officer bigint, "from" date, "to" date))
                select a.case_id, a.code, a.agency_id, a.kind, a.on_day,
                       array_agg(distinct o.officer_id order by o.officer_id) as officers
                  from act a cross join lateral unnest(a.officers) as o(officer_id)
                  join period p on p.officer = o.officer_id and a.on_day between p."from" and p."to"
                 where a.on_day >= :earliest
                 group by a.case_id, a.code, a.agency_id, a.kind, a.on_day
                 order by a.case_id, a.on_day, a.kind""")
                .param("scope", scope).param("periods", UncertifiedPeriod.asJson(periods))
                .param("earliest", earliest(periods))
                .query(CaseActs::act).list();
    }

    /** The first day any of the periods covers: no act before it can fall in one (a county's five years otherwise). */
    private static LocalDate earliest(Collection<UncertifiedPeriod> periods) {
        return periods.stream().map(UncertifiedPeriod::from).min(LocalDate::compareTo)
                .orElse(UncertifiedPeriod.OPEN_START);
    }

    private List<CaseAct> withFewerThanTwoOfficers(String filter, Object scope, LocalDate since) {
        return jdbc.sql(ACTS.formatted(filter) + """
                select a.case_id, a.code, a.agency_id, a.kind, a.on_day,
                       array(select distinct o from unnest(a.officers) o order by o) as officers
                  from act a
                 where a.on_day >= :since and (select count(distinct o) from unnest(a.officers) o) < 2
                 order by a.case_id, a.on_day, a.kind""")
                .param("scope", scope).param("since", since).query(CaseActs::act).list();
    }

    private static CaseAct act(ResultSet rs, int n) throws SQLException {
        return new CaseAct(rs.getLong("case_id"), rs.getString("code"), rs.getLong("agency_id"),
                CaseAct.Kind.valueOf(rs.getString("kind")), rs.getObject("on_day", LocalDate.class),
                ids(rs.getArray("officers")));
    }

    static List<Long> ids(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).toList();
    }
}
