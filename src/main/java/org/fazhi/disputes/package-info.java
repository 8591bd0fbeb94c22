/**
 * 行政争议: administrative reconsideration (行政复议), litigation (行政应诉, {@code litigation}: lawsuits, judicial and
 * procuratorial suggestions, 府院联动), whose losses are announced as {@link LawsuitLost}. The
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
