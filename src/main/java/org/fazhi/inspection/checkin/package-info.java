/**
 * 亮码即定位 and 扫照签到: where a check-in happened and how far that is from the party's registered address (flagged
 * when too far, for the supervisors), and an inspector checking a visit in by the enterprise's business licence.
 */
@NullMarked
package org.fazhi.inspection.checkin;

import org.jspecify.annotations.NullMarked;
