package org.fazhi.governance.ledger;

import org.fazhi.platform.Indicator.Unit;
import org.jspecify.annotations.Nullable;

/**
 * An indicator a ledger feeds, as declared: a count or sum ({@code numerator}), or a rate of it over
 * {@code denominator} (e.g. 调解成功率 = entries whose result is 调解成功 ÷ all entries).
 *
 * @param code    the catalog's code, e.g. {@code MEDIATION_SUCCESS_RATE}
 * @param name    its Chinese name (shipped types also have {@code indicator.<code>.name} for the catalog)
 * @param formula how it is computed, in Chinese
 */
record LedgerIndicator(String code, String name, String formula, Unit unit, LedgerMeasure numerator,
                       @Nullable LedgerMeasure denominator) {

    public boolean isRate() {
        return denominator != null;
    }
}
