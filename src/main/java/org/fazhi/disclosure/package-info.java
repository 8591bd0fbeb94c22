/**
 * 信息公示: penalty decisions published on time with personal information redacted, withdrawn when changed or
 * revoked (行政处罚法第四十八条, 国办发〔2018〕118号): the redaction ({@code redaction}, pure) and the publications
 * the legal offices review and publish ({@code publication}), and the public portal's
 * search of them ({@code portal}); raises {@link org.fazhi.disclosure.PublicationOverdue}.
 */
@ApplicationModule(allowedDependencies = {"casework", "catalog", "identity", "registry", "shared", "platform"})
@NullMarked
package org.fazhi.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
