package org.fazhi.supervision.transfer;

import org.fazhi.shared.RegionCode;

/** A transfer was opened or took a step: the monitoring looks again at its time limits. */
public record TransferChanged(long transferId, RegionCode county, TransferState state) {
}
