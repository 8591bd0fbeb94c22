/**
 * 依法决策与治理台账: normative documents (规范性文件), major administrative decisions (重大行政决策), legal advisers
 * and the county's declared ledgers (台账: mediation, legal aid, publicity, study and exams, proposals, disclosure
 * requests, hotline, demonstration-creation tasks, honours). Ledger types are declared, not hand-coded. Nothing here
 * reads another module's tables.
 */
@ApplicationModule(allowedDependencies = {"registry", "registry :: agency-kind", "identity", "platform",
        "platform :: files", "platform :: spreadsheet", "shared"})
@NullMarked
package org.fazhi.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
