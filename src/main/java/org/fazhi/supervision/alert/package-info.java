/**
 * 监管预警: the alerts the monitoring rules raise, their life cycle (open → acknowledged → resolved or dismissed by a
 * supervisor, or cleared by the monitoring when the cause is gone), the supervisors' inbox, the REST API, the
 * export and the live push to the supervisors' screens.
 */
@NullMarked
package org.fazhi.supervision.alert;

import org.jspecify.annotations.NullMarked;
