package org.fazhi.supervision.monitoring.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * EXPIRED_CERTIFICATE_WITH_OPEN_WORK.
 *
 * @param graceDays days an agency has, after an officer's certificate lapsed, to hand the officer's open cases and
 *                  tasks to others before the rule fires (0: at once; a lapsed officer may not act even one day)
 */
@ConfigurationProperties("fazhi.supervision.rules.expired-certificate-with-open-work")
record ExpiredCertificateWithOpenWorkParameters(@DefaultValue("0") int graceDays) {
}
