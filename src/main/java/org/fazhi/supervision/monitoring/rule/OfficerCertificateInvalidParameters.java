package org.fazhi.supervision.monitoring.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OFFICER_CERTIFICATE_INVALID.
 *
 * @param lookbackDays acts done within this many days before today are watched
 */
@ConfigurationProperties("fazhi.supervision.rules.officer-certificate-invalid")
record OfficerCertificateInvalidParameters(@DefaultValue("365") int lookbackDays) {
}
