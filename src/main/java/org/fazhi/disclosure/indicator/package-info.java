/**
 * 公示指标: the publications' figures for the dashboard and the annual report, declared once as {@code Indicator}
 * beans ({@link org.fazhi.disclosure.indicator.PublicationIndicators}).
 */
@NullMarked
package org.fazhi.disclosure.indicator;

import org.jspecify.annotations.NullMarked;
