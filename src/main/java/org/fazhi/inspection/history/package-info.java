/**
 * 历史检查记录（导入）: inspections an agency made before the county used Fazhi, imported from its own ledger (Excel)
 * and kept apart from tasks, so that the party calendar, the frequency caps and the year-on-year indicators see the
 * year before.
 */
@NullMarked
package org.fazhi.inspection.history;

import org.jspecify.annotations.NullMarked;
