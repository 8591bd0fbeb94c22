package org.fazhi.supervision.transfer;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The transfers' figures for a scope: how many by kind, state and outcome, how many are pending (open) and overdue,
 * and for each time limit how many were met and how many of those in time.
 */
@Component
class TransferCounts {

    /** Transfers of one kind in one state (and, once closed, with one outcome). */
    record ByOutcome(TransferKind kind, TransferState state, @org.jspecify.annotations.Nullable TransferOutcome outcome,
                     long transfers) {
    }

    /** One time limit: met, met in time, open and past. */
    record OnTime(DeadlineKind deadline, long met, long inTime, long overdue) {
    }

    record Figures(long pending, long overdue, List<ByOutcome> byOutcome, List<OnTime> onTime) {
    }

    private static final String SCOPE = " t.region_code like :region and (cast(:agency as bigint) is null or t.agency_id = :agency) ";

    private final JdbcClient jdbc;

    TransferCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures of(DataScope scope, LocalDate today) {
        List<ByOutcome> byOutcome = jdbc.sql("select kind, state, outcome, count(*) as n from supervision.transfer t "
                        + "where" + SCOPE + "group by kind, state, outcome order by kind, state, outcome")
                .param("region", scope.regionPattern()).param("agency", scope.agencyId())
                .query((rs, n) -> new ByOutcome(TransferKind.valueOf(rs.getString("kind")),
                        TransferState.valueOf(rs.getString("state")),
                        rs.getString("outcome") == null ? null : TransferOutcome.valueOf(rs.getString("outcome")),
                        rs.getLong("n"))).list();
        List<OnTime> onTime = jdbc.sql("select d.kind, count(d.met_at) as met, "
                        + "count(*) filter (where d.met_at < d.due_at) as in_time, "
                        + "count(*) filter (where d.met_at is null and not d.dropped and d.due_on < :today) as overdue "
                        + "from supervision.transfer_deadline d join supervision.transfer t on t.id = d.transfer_id "
                        + "where" + SCOPE + "group by d.kind order by d.kind")
                .param("region", scope.regionPattern()).param("agency", scope.agencyId()).param("today", today)
                .query((rs, n) -> new OnTime(DeadlineKind.valueOf(rs.getString("kind")), rs.getLong("met"),
                        rs.getLong("in_time"), rs.getLong("overdue"))).list();
        long pending = byOutcome.stream().filter(b -> b.state().isOpen()).mapToLong(ByOutcome::transfers).sum();
        long overdue = jdbc.sql("select count(distinct t.id) from supervision.transfer t join supervision.transfer_deadline d "
                        + "on d.transfer_id = t.id where" + SCOPE
                        + "and d.met_at is null and not d.dropped and d.due_on < :today")
                .param("region", scope.regionPattern()).param("agency", scope.agencyId()).param("today", today)
                .query(Long.class).single();
        return new Figures(pending, overdue, byOutcome, onTime);
    }
}
