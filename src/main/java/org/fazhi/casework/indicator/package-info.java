/** The casework indicators the dashboard, the annual report and the API show, and the case statistics by month. */
@NullMarked
package org.fazhi.casework.indicator;

import org.jspecify.annotations.NullMarked;
