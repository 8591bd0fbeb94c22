/**
 * 行政执法监督: what the county justice bureau does every day under the 行政执法监督条例. Monitoring rules
 * ({@code monitoring}) watch the records of inspections, casework and disclosure through their events and public
 * APIs and raise alerts that supervisors acknowledge, resolve or dismiss ({@code alert}); routine supervision rounds
 * issue 监督意见书 and follow the agencies' rectification ({@code round}); case-file review campaigns draw and score
 * closed cases ({@code review}); transfers to public security and the supervision commission (三法衔接) and the
 * accountability records (过错责任追究) are kept in {@code transfer} and {@code accountability}. Nothing here reads
 * another module's tables.
 */
@ApplicationModule(allowedDependencies = {"casework", "disputes", "inspection", "inspection :: draw", "disclosure", "registry", "catalog", "entities",
        "identity", "platform", "platform :: files", "platform :: spreadsheet", "shared"})
@NullMarked
package org.fazhi.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
