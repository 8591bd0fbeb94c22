package org.fazhi.casework;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only view of the 查封、扣押 that hold a party's property wrongly, for supervision's monitoring (乱查封): in
 * force past their period (行政强制法第二十五条), taken urgently on the spot and not approved within the hours of
 * 第十九条, or extended more than the once the law allows (counted from the measures' own records of acts). One
 * query per county, or one measure when an event about it arrives. 先行登记保存 is not a 查封/扣押 and is left out.
 */
@Component
public class HeldMeasures {

    /** What is wrong with one measure; {@code dueOn} is the end of its period (or of the approval window). */
    public record Wrongful(long measureId, long caseId, String caseCode, RegionCode county, long agencyId,
                           String kind, @Nullable LocalDate dueOn, boolean pastPeriod, boolean awaitingApproval,
                           int extensions) {
    }

    private final JdbcClient jdbc;
    private final CaseworkProperties rules;

    HeldMeasures(JdbcClient jdbc, CaseworkProperties rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The county's measures that are past their period, awaiting approval too long, or extended this often. */
    public List<Wrongful> wrongful(RegionCode county, Instant now, ZoneId zone, int extensionsTooMany) {
        return wrongful("m.region_code like :which", county.county().value() + "%", now, zone, extensionsTooMany);
    }

    public List<Wrongful> wrongfulOf(long measureId, Instant now, ZoneId zone, int extensionsTooMany) {
        return wrongful("m.id = :which", measureId, now, zone, extensionsTooMany);
    }

    private List<Wrongful> wrongful(String which, Object value, Instant now, ZoneId zone, int extensionsTooMany) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant approvalsFrom = now.minus(Duration.ofHours(rules.urgentApprovalHours()));
        return jdbc.sql("""
                select * from (
                  select m.id, m.case_id, c.code, m.region_code, m.agency_id, m.kind, m.state, m.due_on, m.taken_at,
                         (select count(*) from casework.measure_event e
                           where e.measure_id = m.id and e.act = 'EXTEND' and not e.refused) as extensions
                    from casework.compulsory_measure m join casework.penalty_case c on c.id = m.case_id
                   where %s and m.kind in ('SEALING_UP', 'SEIZURE') and m.state in ('IN_FORCE', 'URGENT')) w
                 where (w.state = 'IN_FORCE' and w.due_on < :today)
                    or (w.state = 'URGENT' and w.taken_at < :approvalsFrom)
                    or w.extensions >= :tooMany
                 order by w.id""".formatted(which))
                .param("which", value).param("today", today).param("approvalsFrom", Timestamp.from(approvalsFrom))
                .param("tooMany", extensionsTooMany)
                .query((rs, row) -> {
                    boolean awaiting = rs.getString("state").equals("URGENT");
                    Timestamp taken = rs.getTimestamp("taken_at");
                    LocalDate due = awaiting && taken != null ? LocalDate.ofInstant(taken.toInstant()
                            .plus(Duration.ofHours(rules.urgentApprovalHours())), zone)
                            : rs.getObject("due_on", LocalDate.class);
                    boolean past = !awaiting && due != null && due.isBefore(today);
                    return new Wrongful(rs.getLong("id"), rs.getLong("case_id"), rs.getString("code"),
                            RegionCode.of(rs.getString("region_code")).county(), rs.getLong("agency_id"),
                            rs.getString("kind"), due, past, awaiting && taken != null
                            && taken.toInstant().isBefore(approvalsFrom), rs.getInt("extensions"));
                })
                .list();
    }
}
