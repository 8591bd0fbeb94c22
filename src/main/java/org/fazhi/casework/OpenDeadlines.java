package org.fazhi.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only view of the cases' running deadlines for supervision's monitoring: which steps are late and which
 * cases are close to their decision limit, in one county (set-based, one query per county) or for one case (when
 * an event about it arrives). A deadline is running while it is not met and the case is neither closed nor
 * archived.
 */
@Component
public class OpenDeadlines {

    /** A case with steps past their deadlines: the kinds, in order of their days, and the first day missed. */
    public record LateCase(long caseId, String caseCode, RegionCode county, long agencyId, List<DeadlineKind> kinds,
                           LocalDate firstDue) {

        public LateCase {
            kinds = List.copyOf(kinds);
        }
    }

    /** A case whose decision deadline (第六十条, extensions included) falls on {@code dueOn}, not yet decided. */
    public record DecisionDue(long caseId, String caseCode, RegionCode county, long agencyId, LocalDate dueOn) {
    }

    private static final String RUNNING = """
            d.met_on is null and c.closed_on is null and c.archived_on is null
               and c.state not in ('CLOSED', 'ARCHIVED', 'NOT_FILED')""";

    /**
     * A county's deadlines, found by their own county ({@code deadline_open_region_idx}: a county's few running
     * deadlines, not its thousands of cases); a deadline's region is its case's county, written with it.
     */
    private static final String IN_COUNTY = "d.region_code = :county and c.region_code like :county || '%'";

    private final JdbcClient jdbc;

    OpenDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's cases with a running deadline of one of these kinds that ended before today. */
    public List<LateCase> late(RegionCode county, LocalDate today, List<DeadlineKind> kinds) {
        return late(IN_COUNTY, county.county().value(), today, kinds);
    }

    /** The same for one case (empty when none of its steps is late). */
    public List<LateCase> lateOf(long caseId, LocalDate today, List<DeadlineKind> kinds) {
        return late("c.id = :case", caseId, today, kinds);
    }

    /** The county's undecided cases whose decision deadline is from today to {@code latest}. */
    public List<DecisionDue> decisionsDue(RegionCode county, LocalDate today, LocalDate latest) {
        return decisionsDue(IN_COUNTY, county.county().value(), today, latest);
    }

    public List<DecisionDue> decisionDueOf(long caseId, LocalDate today, LocalDate latest) {
        return decisionsDue("c.id = :case", caseId, today, latest);
    }

    /** The same for these cases. */
    public List<LateCase> lateOf(Collection<Long> caseIds, LocalDate today, List<DeadlineKind> kinds) {
        return caseIds.isEmpty() ? List.of()
                : late("c.id = any(:case::bigint[])", caseIds.toArray(Long[]::new), today, kinds);
    }

    /** The undecided ones of these cases whose decision deadline is from today to {@code latest}. */
    public List<DecisionDue> decisionDueOf(Collection<Long> caseIds, LocalDate today, LocalDate latest) {
        return caseIds.isEmpty() ? List.of()
                : decisionsDue("c.id = any(:case::bigint[])", caseIds.toArray(Long[]::new), today, latest);
    }

    private List<LateCase> late(String which, Object value, LocalDate today, List<DeadlineKind> kinds) {
        String parameter = which.equals(IN_COUNTY) ? "county" : "case";
        return jdbc.sql("""
                select c.id, c.code, c.region_code, c.agency_id, array_agg(d.kind order by d.due_on, d.kind),
                       min(d.due_on)
                  from casework.deadline d join casework.penalty_case c on c.id = d.case_id
                 where %s and d.due_on < :today and d.kind = any(:kinds::text[]) and %s
                 group by c.id, c.code, c.region_code, c.agency_id
                 order by c.id""".formatted(which, RUNNING))
                .param(parameter, value).param("today", today)
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, row) -> new LateCase(rs.getLong(1), rs.getString(2),
                        RegionCode.of(rs.getString(3)).county(), rs.getLong(4),
                        Arrays.stream((String[]) rs.getArray(5).getArray()).map(DeadlineKind::valueOf).toList(),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    private List<DecisionDue> decisionsDue(String which, Object value, LocalDate today, LocalDate latest) {
        String parameter = which.equals(IN_COUNTY) ? "county" : "case";
        return jdbc.sql("""
                select c.id, c.code, c.region_code, c.agency_id, d.due_on
                  from casework.deadline d join casework.penalty_case c on c.id = d.case_id
                 where %s and d.kind = 'DECISION' and d.due_on between :today and :latest and %s
                 order by c.id""".formatted(which, RUNNING))
                .param(parameter, value).param("today", today).param("latest", latest)
                .query((rs, row) -> new DecisionDue(rs.getLong(1), rs.getString(2),
                        RegionCode.of(rs.getString(3)).county(), rs.getLong(4), rs.getObject(5, LocalDate.class)))
                .list();
    }
}
