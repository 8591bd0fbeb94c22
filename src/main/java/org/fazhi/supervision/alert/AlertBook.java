package org.fazhi.supervision.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the monitoring writes what its rules found, set-based (a few statements per rule and county, whatever the
 * number of causes): a holding cause without a live alert raises one, unless a supervisor already resolved or
 * dismissed the same cause (same rule, record and since-day); a live alert's summary follows its cause; a live
 * alert whose cause is gone is cleared with the reason. The unique partial index on the live alerts makes a
 * concurrent or repeated run raise nothing twice. Joins the caller's transaction.
 */
@Component
public class AlertBook {

    static final String SYSTEM = "system";

    /** What one application changed: the alerts raised and those cleared. */
    public record Applied(List<AlertNotice> raised, List<AlertNotice> cleared) {

        public static final Applied NONE = new Applied(List.of(), List.of());
    }

    private static final String CAUSES = """
            cause as (select * from unnest(:types::text[], :ids::bigint[], :refs::text[], :regions::text[],
                                           :agencies::bigint[], :sinces::date[], :summaries::text[])
                                 as c(subject_type, subject_id, subject_reference, region_code, agency_id, since,
                                      summary))""";
    private static final String RETURNED = "a.id, a.rule_code, a.subject_type, a.subject_id, a.subject_reference,"
            + " a.region_code, a.agency_id, a.summary, a.state";

    private final JdbcClient jdbc;
    private final AlertsLive live;

    AlertBook(JdbcClient jdbc, AlertsLive live) {
        this.jdbc = jdbc;
        this.live = live;
    }

    /** The full pass of one rule over one county: {@code holding} is every cause there today. */
    public Applied applyCounty(String ruleCode, RegionCode county, LocalDate today, List<AlertCause> holding,
                               String clearedReason) {
        List<AlertCause> causes = distinct(holding);
        List<AlertNotice> raised = raise(ruleCode, today, causes);
        List<AlertNotice> cleared = jdbc.sql("""
                with %s,
                ended as (
                  update supervision.alert a
                     set state = 'CLEARED', ended_at = now(), ended_on = :today, ended_by = :system,
                         end_reason = :reason, version = a.version + 1
                   where a.rule_code = :rule and a.region_code = :county and a.state in ('OPEN', 'ACKNOWLEDGED')
                     and not exists (select 1 from cause c
                                      where c.subject_type = a.subject_type and c.subject_id = a.subject_id)
                  returning %s),
                logged as (
                  insert into supervision.alert_event (alert_id, username, display_name, act, detail)
                  select id, :system, :system, 'CLEARED', :reason from ended)
                select * from ended""".formatted(CAUSES, RETURNED))
                .params(arrays(causes)).param("rule", ruleCode).param("county", county.county().value())
                .param("today", today).param("system", SYSTEM).param("reason", clearedReason)
                .query(AlertBook::notice).list();
        return published(new Applied(raised, cleared));
    }

    /** One rule's second look at some records after an event: examined records not among {@code holding} clear. */
    public Applied applyExamined(String ruleCode, LocalDate today, Collection<Subject> examined,
                                 List<AlertCause> holding, String clearedReason) {
        List<AlertCause> causes = distinct(holding);
        List<AlertNotice> raised = raise(ruleCode, today, causes);
        List<Subject> gone = examined.stream()
                .filter(subject -> causes.stream().noneMatch(cause -> cause.subject().sameRecord(subject))).toList();
        List<AlertNotice> cleared = gone.isEmpty() ? List.of() : jdbc.sql("""
                with ended as (
                  update supervision.alert a
                     set state = 'CLEARED', ended_at = now(), ended_on = :today, ended_by = :system,
                         end_reason = :reason, version = a.version + 1
                    from unnest(:types::text[], :ids::bigint[]) as g(subject_type, subject_id)
                   where a.rule_code = :rule and a.state in ('OPEN', 'ACKNOWLEDGED')
                     and a.subject_type = g.subject_type and a.subject_id = g.subject_id
                  returning %s),
                logged as (
                  insert into supervision.alert_event (alert_id, username, display_name, act, detail)
                  select id, :system, :system, 'CLEARED', :reason from ended)
                select * from ended""".formatted(RETURNED))
                .param("types", gone.stream().map(Subject::type).toArray(String[]::new))
                .param("ids", gone.stream().map(Subject::id).toArray(Long[]::new))
                .param("rule", ruleCode).param("today", today).param("system", SYSTEM).param("reason", clearedReason)
                .query(AlertBook::notice).list();
        return published(new Applied(raised, cleared));
    }

    /**
     * Raises the causes not already alerted (or judged for the same start). The alerts looked at are the causes'
     * counties' (a subject's alerts are its county's): without that condition the planner hashed every alert of
     * the rule in the province for each county, so a full pass grew with the square of the counties (32 generated
     * counties: 28,509 live alerts of OFFICER_CERTIFICATE_INVALID read to check one county's 1,552). The live and
     * the judged alerts are two conditions, each read through its own partial index: as one condition with an
     * {@code or}, they were read through the county's whole alert history, cleared ones too (46-110 ms a rule and
     * county at 57 generated counties, against 1.4-1.8 ms).
     */
    private List<AlertNotice> raise(String ruleCode, LocalDate today, List<AlertCause> causes) {
        if (causes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with %s,
                followed as (
                  update supervision.alert a
                     set summary = c.summary, subject_reference = c.subject_reference, agency_id = c.agency_id
                    from cause c
                   where a.rule_code = :rule and a.region_code = any(:counties::text[])
                     and a.state in ('OPEN', 'ACKNOWLEDGED')
                     and a.subject_type = c.subject_type and a.subject_id = c.subject_id
                     and (a.summary <> c.summary or a.subject_reference <> c.subject_reference
                          or a.agency_id is distinct from c.agency_id)),
                raised as (
                  insert into supervision.alert as a (rule_code, subject_type, subject_id, subject_reference, region_code,
                                                 agency_id, since, summary, raised_on)
                  select :rule, c.subject_type, c.subject_id, c.subject_reference, c.region_code, c.agency_id,
                         c.since, c.summary, :today
                    from cause c
                   where not exists (select 1 from supervision.alert a
                                      where a.rule_code = :rule and a.region_code = any(:counties::text[])
                                        and a.subject_type = c.subject_type and a.subject_id = c.subject_id
                                        and a.state in ('OPEN', 'ACKNOWLEDGED'))
                     and not exists (select 1 from supervision.alert a
                                      where a.rule_code = :rule and a.region_code = any(:counties::text[])
                                        and a.subject_type = c.subject_type and a.subject_id = c.subject_id
                                        and a.state in ('RESOLVED', 'DISMISSED') and a.since = c.since)
                  on conflict (rule_code, subject_type, subject_id) where state in ('OPEN', 'ACKNOWLEDGED')
                  do nothing
                  returning %s),
                logged as (
                  insert into supervision.alert_event (alert_id, username, display_name, act, detail)
                  select id, :system, :system, 'RAISED', summary from raised)
                select * from raised""".formatted(CAUSES, RETURNED))
                .params(arrays(causes)).param("rule", ruleCode).param("today", today).param("system", SYSTEM)
                .param("counties", causes.stream().map(c -> c.county().county().value()).distinct()
                        .toArray(String[]::new))
                .query(AlertBook::notice).list();
    }

    private Applied published(Applied applied) {
        live.raised(applied.raised());
        live.cleared(applied.cleared());
        return applied;
    }

    /** One cause per record (the first a rule gave), so that one statement never meets a record twice. */
    private static List<AlertCause> distinct(List<AlertCause> causes) {
        Map<String, AlertCause> byRecord = new LinkedHashMap<>();
        causes.forEach(cause -> byRecord.putIfAbsent(cause.subject().type() + "#" + cause.subject().id(), cause));
        return new ArrayList<>(byRecord.values());
    }

    private static Map<String, Object> arrays(List<AlertCause> causes) {
        return Map.of(
                "types", causes.stream().map(c -> c.subject().type()).toArray(String[]::new),
                "ids", causes.stream().map(c -> c.subject().id()).toArray(Long[]::new),
                "refs", causes.stream().map(c -> c.subject().reference()).toArray(String[]::new),
                "regions", causes.stream().map(c -> c.county().county().value()).toArray(String[]::new),
                "agencies", causes.stream().map(AlertCause::agencyId).toArray(Long[]::new),
                "sinces", causes.stream().map(c -> c.since().toString()).toArray(String[]::new),
                "summaries", causes.stream().map(AlertCause::summary).toArray(String[]::new));
    }

    private static AlertNotice notice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long agency = rs.getLong("agency_id");
        @Nullable Long agencyId = rs.wasNull() ? null : agency;
        return new AlertNotice(rs.getLong("id"), rs.getString("rule_code"),
                new Subject(rs.getString("subject_type"), rs.getLong("subject_id"), rs.getString("subject_reference")),
                RegionCode.of(rs.getString("region_code")), agencyId, rs.getString("summary"),
                AlertState.valueOf(rs.getString("state")));
    }
}
