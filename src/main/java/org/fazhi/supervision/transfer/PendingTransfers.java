package org.fazhi.supervision.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/** Open transfers with a time limit passed and not met: what the TRANSFER_PENDING rule reads. */
@Component
public class PendingTransfers {

    /** The first limit a transfer missed, and the case it is about. */
    public record Overdue(long transferId, String caseCode, RegionCode county, long agencyId, TransferKind kind,
                          DeadlineKind deadline, LocalDate dueOn) {
    }

    private final TransferRepository repository;

    PendingTransfers(TransferRepository repository) {
        this.repository = repository;
    }

    /** Every overdue transfer of the county: the monitoring's full pass. */
    public List<Overdue> of(RegionCode county, LocalDate today) {
        return repository.overdue(county, today).stream().flatMap(t -> overdue(t, today).stream()).toList();
    }

    /** This transfer, if a limit of it is overdue today; empty for a transfer that does not exist. */
    public Optional<Overdue> of(long transferId, LocalDate today) {
        return repository.find(transferId).flatMap(t -> overdue(t, today));
    }

    private static Optional<Overdue> overdue(Transfer t, LocalDate today) {
        Transfer.Opening o = t.opening();
        return t.overdueOn(today).map(d -> new Overdue(t.id(), o.caseCode(), o.county(), o.agencyId(), o.kind(),
                d.kind(), d.dueOn()));
    }
}
