/**
 * The monitoring rules about time limits (时限监管): a case step past its deadline, a case near its 90-day limit, a
 * publication or withdrawal overdue, an inspection result unpublished, a 查封/扣押 held past its period. Each reads
 * the owning module's public query class and is driven by that module's events.
 */
@NullMarked
package org.fazhi.supervision.monitoring.deadline;

import org.jspecify.annotations.NullMarked;
