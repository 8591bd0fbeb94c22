package org.fazhi.casework.casefile;

import java.time.LocalDate;

import org.fazhi.shared.Money;

/** A payment of the fine (and of the late-payment surcharge) received on a day. */
public record Payment(long id, LocalDate paidOn, Money amount, String recordedBy) {
}
