/**
 * 行政争议: administrative reconsideration (行政复议) and, later, litigation (行政应诉) and judicial suggestions. The
 * reconsideration body receives applications against agencies' acts, examines, hears and decides them within the
 * time limits of the 行政复议法 ({@code reconsideration}); a decision that changes, revokes or voids a published
 * penalty makes disclosure withdraw it, and every conclusion is announced as {@link ReconsiderationDecided} for
 * supervision and reporting. Nothing here reads another module's tables.
 */
@ApplicationModule(allowedDependencies = {"casework", "disclosure", "registry", "identity", "platform",
        "platform :: documents", "platform :: spreadsheet", "shared"})
@NullMarked
package org.fazhi.disputes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
