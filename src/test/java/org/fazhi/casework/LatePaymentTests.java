package org.fazhi.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.deadline.LatePayment;
import org.fazhi.casework.deadline.LatePayment.Payment;
import org.fazhi.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 加处罚款 (行政处罚法第七十二条): 3% a day of what is unpaid, never more than the fine. */
class LatePaymentTests {

    private static final Money FINE = Money.ofYuan("1000");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private static final BigDecimal RATE = new BigDecimal("0.03");

    @Test
    void nothingIsAddedUntilTheDeadlineHasPassed() {
        LatePayment.Account account = LatePayment.account(FINE, DUE, List.of(), DUE, RATE);
        assertThat(account.surcharge()).isEqualTo(Money.ZERO);
        assertThat(account.owed()).isEqualTo(FINE);
    }

    @Test
    void tenDaysLateAddThirtyPercent() {
        LatePayment.Account account = LatePayment.account(FINE, DUE, List.of(), DUE.plusDays(10), RATE);
        assertThat(account.surcharge()).isEqualTo(Money.ofYuan("300"));
        assertThat(account.owed()).isEqualTo(Money.ofYuan("1300"));
    }

    @Test
    void theSurchargeNeverExceedsTheFine() {
        LatePayment.Account account = LatePayment.account(FINE, DUE, List.of(), DUE.plusDays(40), RATE);
        assertThat(account.surcharge()).isEqualTo(FINE);
        assertThat(account.owed()).isEqualTo(Money.ofYuan("2000"));
    }

    @Test
    void aPartPaymentLowersWhatAccruesFromTheNextDay() {
        List<Payment> paid = List.of(new Payment(DUE.plusDays(5), Money.ofYuan("500")));
        LatePayment.Account account = LatePayment.account(FINE, DUE, paid, DUE.plusDays(10), RATE);
        // five days on ¥1,000 (¥150), five on ¥500 (¥75)
        assertThat(account.surcharge()).isEqualTo(Money.ofYuan("225"));
        assertThat(account.owed()).isEqualTo(Money.ofYuan("725"));
    }

    @Test
    void aFinePaidInTimeOwesNothing() {
        List<Payment> paid = List.of(new Payment(DUE.minusDays(2), FINE));
        LatePayment.Account account = LatePayment.account(FINE, DUE, paid, DUE.plusDays(30), RATE);
        assertThat(account.surcharge()).isEqualTo(Money.ZERO);
        assertThat(account.owed()).isEqualTo(Money.ZERO);
    }
}
