/**
 * 信息公示: penalty decisions published on time with personal information redacted, withdrawn when changed or
 * revoked (行政处罚法第四十八条, 国办发〔2018〕118号). So far only the redaction ({@code redaction}).
 */
@ApplicationModule(allowedDependencies = {"shared", "platform"})
@NullMarked
package org.fazhi.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
