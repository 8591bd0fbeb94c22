package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only view of the publications that are late today, for supervision's monitoring (国办发〔2018〕118号): a
 * decision still unpublished after its 7 working days, or a changed or revoked decision still not withdrawn after
 * its 3. One query per county, or one publication when an event about it arrives.
 */
@Component
public class LateDisclosures {

    /**
     * A late publication: {@code publishDue} when it is unpublished past that day, {@code withdrawDue} (with the
     * reason of the change) when it is not withdrawn past that day; at least one of them is set.
     */
    public record Late(long publicationId, long caseId, String decisionNumber, RegionCode county, long agencyId,
                       @Nullable LocalDate publishDue, @Nullable LocalDate withdrawDue,
                       @Nullable String withdrawalReason) {
    }

    private final JdbcClient jdbc;

    LateDisclosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Late> late(RegionCode county, LocalDate today) {
        return late("p.region_code like :which", county.county().value() + "%", today);
    }

    public List<Late> lateOf(long publicationId, LocalDate today) {
        return late("p.id = :which", publicationId, today);
    }

    /** The same for these publications. */
    public List<Late> lateOf(Collection<Long> publicationIds, LocalDate today) {
        return publicationIds.isEmpty() ? List.of()
                : late("p.id = any(:which::bigint[])", publicationIds.toArray(Long[]::new), today);
    }

    private List<Late> late(String which, Object value, LocalDate today) {
        return jdbc.sql("""
                select p.id, p.case_id, p.decision_number, p.region_code, p.agency_id,
                       case when p.state = 'PENDING' and p.due_on < :today then p.due_on end,
                       w.due_on, w.reason
                  from disclosure.publication p
                  left join disclosure.withdrawal_due w
                         on w.publication_id = p.id and w.cleared_at is null and w.due_on < :today
                 where %s and ((p.state = 'PENDING' and p.due_on < :today) or w.id is not null)
                 order by p.id""".formatted(which))
                .param("which", value).param("today", today)
                .query((rs, row) -> new Late(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        RegionCode.of(rs.getString(4)).county(), rs.getLong(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getString(8)))
                .list();
    }
}
