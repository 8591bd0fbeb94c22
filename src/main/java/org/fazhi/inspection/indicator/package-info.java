/** The inspection indicators the dashboard, the annual report and the API show. */
@NullMarked
package org.fazhi.inspection.indicator;

import org.jspecify.annotations.NullMarked;
