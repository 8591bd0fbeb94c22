/**
 * 年度检查计划备案: agencies file their annual inspection plans with the justice bureau by a deadline; the bureau
 * accepts or returns them, sees who filed on time, late or not at all, and inspections outside a filed plan.
 */
@NullMarked
package org.fazhi.inspection.filing;

import org.jspecify.annotations.NullMarked;
