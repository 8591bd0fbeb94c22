package org.fazhi.casework.compulsion;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of the 查封扣押清单: what was sealed up or seized, how much, in what condition, where it is kept; and, once
 * the measure is lifted, when and to whom it was returned (退还).
 */
public record MeasureItem(int line, String name, @Nullable String specification, BigDecimal quantity, String unit,
                          @Nullable String condition, @Nullable String placeKept, @Nullable LocalDate returnedOn,
                          @Nullable String returnedTo) {

    public boolean isReturned() {
        return returnedOn != null;
    }

    MeasureItem returned(LocalDate on, String to) {
        return new MeasureItem(line, name, specification, quantity, unit, condition, placeKept, on, to);
    }

    /** The quantity as the list prints it: {@code 12箱}, {@code 2.5千克}. */
    public String amount() {
        return quantity.stripTrailingZeros().toPlainString() + unit;
    }
}
