/**
 * 行政处罚与行政强制案件: cases from clue to archive under the general procedure (普通程序), as an explicit state
 * machine whose every step checks its legal preconditions; deadlines on the working-day calendar; the case timeline
 * (全过程记录), refusals included; evidence and the documents (执法文书) generated from county-replaceable templates.
 */
@ApplicationModule(allowedDependencies = {"registry", "catalog", "entities", "inspection", "identity", "platform",
        "platform :: documents", "platform :: files", "platform :: spreadsheet", "shared"})
@NullMarked
package org.fazhi.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
