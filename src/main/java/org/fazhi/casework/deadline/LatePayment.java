package org.fazhi.casework.deadline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.Money;

/**
 * 加处罚款 (行政处罚法第七十二条, 行政强制法第四十五条): each day after the payment deadline on which part of the fine
 * is still unpaid adds the daily rate (3%) of that part, and all of it together never exceeds the fine. Payments go
 * to the fine first. Not accrued while reconsideration or litigation suspends execution (第七十三条) is not modelled:
 * such a case records a payment plan instead.
 */
public final class LatePayment {

    /** A payment received on a day. */
    public record Payment(LocalDate paidOn, Money amount) {
    }

    /** The fine, the surcharge accrued up to today, what was paid, and what is still owed. */
    public record Account(Money fine, Money surcharge, Money paid) {

        public Money owed() {
            Money owed = fine.plus(surcharge).minus(paid);
            return owed.isNegative() ? Money.ZERO : owed;
        }
    }

    private LatePayment() {
    }

    public static Account account(Money fine, LocalDate due, List<Payment> payments, LocalDate today,
                                  BigDecimal dailyRate) {
        Money paid = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        Money surcharge = Money.ZERO;
        for (LocalDate day = due.plusDays(1); !day.isAfter(today) && surcharge.isLessThan(fine); day = day.plusDays(1)) {
            Money unpaid = fine.minus(paidBefore(payments, day));
            if (!unpaid.isGreaterThan(Money.ZERO)) {
                break;
            }
            surcharge = surcharge.plus(unpaid.multiply(dailyRate));
        }
        return new Account(fine, surcharge.isGreaterThan(fine) ? fine : surcharge, paid);
    }

    private static Money paidBefore(List<Payment> payments, LocalDate day) {
        return payments.stream().filter(payment -> payment.paidOn().isBefore(day)).map(Payment::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
