/** 统计与报告: indicators, dashboard, annual report. */
@NullMarked
package org.fazhi.reporting;

import org.jspecify.annotations.NullMarked;
