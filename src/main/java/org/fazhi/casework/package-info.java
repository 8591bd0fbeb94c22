/**
 * 行政处罚案件办理: cases from clue to archive under the general procedure (普通程序), as an explicit state machine
 * whose every step checks its legal preconditions; deadlines on the working-day calendar; the case timeline
 * (全过程记录), refusals included.
 */
@ApplicationModule(allowedDependencies = {"registry", "catalog", "entities", "inspection", "identity", "platform",
        "shared"})
@NullMarked
package org.fazhi.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
